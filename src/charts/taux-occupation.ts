import { t } from "../i18n/index.ts";
import { metricPanels } from "./metric-panels.ts";
import type { ChartSpec } from "./types.ts";

/** Occupancy rate by year; drawn once a release has figures for it. */
export const tauxOccupation: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "taux-occupation",
  title: t(lang, "chart.taux-occupation.title"),
  panels: metricPanels(dataset, lang, "taux-occupation", options),
});
