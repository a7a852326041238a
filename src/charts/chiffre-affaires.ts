import { t } from "../i18n/index.ts";
import { metricPanels } from "./metric-panels.ts";
import type { ChartSpec } from "./types.ts";

/** Annual turnover by year, in millions of dirhams on the axis. */
export const chiffreAffaires: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "chiffre-affaires",
  title: t(lang, "chart.chiffre-affaires.title"),
  panels: metricPanels(dataset, lang, "chiffre-affaires", options),
});
