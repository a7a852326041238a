import { t } from "../i18n/index.ts";
import { metricPanels } from "./metric-panels.ts";
import type { ChartSpec } from "./types.ts";

/** New companies per year, as the sources state them (a yearly rate is a figure of the year it was stated). */
export const nouvellesEntreprises: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "nouvelles-entreprises",
  title: t(lang, "chart.nouvelles-entreprises.title"),
  panels: metricPanels(dataset, lang, "nouvelles-entreprises", options),
});
