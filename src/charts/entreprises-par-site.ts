import { t } from "../i18n/index.ts";
import type { Observation } from "../lib/data/dataset.ts";
import { NETWORK } from "../schemas/sites.ts";
import { bySitePanel } from "./by-site.ts";
import { metricPanels } from "./metric-panels.ts";
import { observationsOf } from "./select.ts";
import type { ChartSpec } from "./types.ts";

/**
 * The year a comparison of sites is drawn for: the latest year in which at
 * least two sites have a figure, else the latest year with any figure.
 */
export function comparisonYear(observations: readonly Observation[]): number | undefined {
  const sitesByYear = new Map<number, Set<string>>();
  for (const o of observations)
    sitesByYear.set(o.year, (sitesByYear.get(o.year) ?? new Set()).add(o.site));
  const years = [...sitesByYear.keys()].sort((a, b) => b - a);
  return years.find((y) => (sitesByYear.get(y)?.size ?? 0) > 1) ?? years[0];
}

/**
 * Companies accompanied since opening, site by site, for one year (2016 in
 * release 1.0.0). Per-site figures only: the network total is not a site.
 */
export const entreprisesParSite: ChartSpec = (dataset, lang, options = {}) => ({
  slug: "entreprises-par-site",
  title: t(lang, "chart.entreprises-par-site.title"),
  panels: metricPanels(dataset, lang, "entreprises-par-site", options, bySitePanel, (metric) => {
    const perSite = observationsOf(dataset, metric.id, options).filter((o) => o.site !== NETWORK);
    const year = comparisonYear(perSite);
    return perSite.filter((o) => o.year === year);
  }),
});
