import { t } from "../i18n/index.ts";
import { metricPanels } from "./metric-panels.ts";
import type { ChartSpec } from "./types.ts";

/** Share of the national ICT market by year, in percent. */
export const partMarcheTic: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "part-marche-tic",
  title: t(lang, "chart.part-marche-tic.title"),
  panels: metricPanels(dataset, lang, "part-marche-tic", options),
});
