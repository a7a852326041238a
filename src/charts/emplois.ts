import { t } from "../i18n/index.ts";
import { metricPanels } from "./metric-panels.ts";
import type { ChartSpec } from "./types.ts";

/** Jobs by year: people working in the parks, and jobs counted since opening, as separate panels. */
export const emplois: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "emplois",
  title: t(lang, "chart.emplois.title"),
  panels: metricPanels(dataset, lang, "emplois", options),
});
