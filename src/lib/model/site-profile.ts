import type { Dataset, Metric, Observation, Source } from "../data/dataset.ts";

/** A site's figures for one metric, oldest year first. */
export interface MetricFigures {
  metric: Metric;
  observations: Observation[];
}

/**
 * Every observation of `siteId` (a site id or network), grouped by metric
 * in metrics.csv order, each group by year ascending and, within a year,
 * in observations.csv order, so figures that disagree stay side by side.
 * Metrics without a figure for the site are left out.
 */
export function figuresByMetric(dataset: Dataset, siteId: string): MetricFigures[] {
  const own = dataset.observations.filter((o) => o.site === siteId);
  return dataset.metrics
    .map((metric) => ({
      metric,
      observations: own.filter((o) => o.metric === metric.id).sort((a, b) => a.year - b.year),
    }))
    .filter((g) => g.observations.length > 0);
}

/** The sources that `siteId`'s observations and events quote, in sources.csv order. */
export function sourcesOfSite(dataset: Dataset, siteId: string): Source[] {
  const cited = new Set(
    [...dataset.observations, ...dataset.events]
      .filter((r) => r.site === siteId)
      .map((r) => r.source),
  );
  return dataset.sources.filter((s) => cited.has(s.id));
}
