import { t } from "../i18n/index.ts";
import { metricPanels } from "./metric-panels.ts";
import type { ChartSpec } from "./types.ts";

/**
 * Companies by year, one panel per metric: hosted (a stock at a date) and
 * accompanied since opening (a running total) are never one series; the
 * network and each site are separate series.
 */
export const entreprises: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "entreprises",
  title: t(lang, "chart.entreprises.title"),
  panels: metricPanels(dataset, lang, "entreprises", options),
});
