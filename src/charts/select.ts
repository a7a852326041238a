import type { Dataset, Observation } from "../lib/data/dataset.ts";
import { scopeRank } from "../lib/model/figures.ts";
import type { ChartOptions } from "./types.ts";

/**
 * Table order: the network first, then sites in the order of sites.csv, then
 * year, then source id, so disagreeing figures sit side by side.
 */
export function compareObservations(dataset: Dataset): (a: Observation, b: Observation) => number {
  const rank = scopeRank(dataset);
  return (a, b) =>
    rank(a.site) - rank(b.site) || a.year - b.year || a.source.localeCompare(b.source);
}

/**
 * The figures of `metricId`, sorted in table order. With `options.site`,
 * that site's figures only: the network's are left out, as they cover more
 * than the site. A figure of a period (period_start: «Depuis 2007 …
 * trente nouvelles entreprises par an», 2007–2011) is kept: a time series
 * draws it as a span over its period, never as one year's point.
 */
export function observationsOf(
  dataset: Dataset,
  metricId: string,
  options: ChartOptions = {},
): Observation[] {
  return metricFigures(dataset, metricId, options);
}

/** The period figures of `metricId`, in table order. */
export function periodObservationsOf(
  dataset: Dataset,
  metricId: string,
  options: ChartOptions = {},
): Observation[] {
  return metricFigures(dataset, metricId, options).filter((o) => o.period_start !== undefined);
}

function metricFigures(dataset: Dataset, metricId: string, options: ChartOptions): Observation[] {
  return dataset.observations
    .filter((o) => o.metric === metricId && (!options.site || o.site === options.site))
    .sort(compareObservations(dataset));
}
