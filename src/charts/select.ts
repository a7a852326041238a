import type { Dataset, Observation } from "../lib/data/dataset.ts";
import { NETWORK } from "../schemas/sites.ts";
import type { ChartOptions } from "./types.ts";

/**
 * Table order: the network first, then sites in the order of sites.csv, then
 * year, then source id, so disagreeing figures sit side by side.
 */
export function compareObservations(dataset: Dataset): (a: Observation, b: Observation) => number {
  const rank = (site: string) =>
    site === NETWORK ? -1 : dataset.sites.findIndex((s) => s.id === site);
  return (a, b) =>
    rank(a.site) - rank(b.site) || a.year - b.year || a.source.localeCompare(b.source);
}

/**
 * The figures of `metricId`, sorted in table order. With `options.site`,
 * that site's figures only: the network's are left out, as they cover more
 * than the site.
 */
export function observationsOf(
  dataset: Dataset,
  metricId: string,
  options: ChartOptions = {},
): Observation[] {
  return dataset.observations
    .filter((o) => o.metric === metricId && (!options.site || o.site === options.site))
    .sort(compareObservations(dataset));
}

/** Key of the figures that describe the same thing: metric, site and year. */
export const sameFigureKey = (o: Observation): string => `${o.metric}|${o.site}|${o.year}`;

/**
 * Groups of two or more figures for the same metric, site and year: sources
 * that disagree (or agree) about one figure. Both are shown, each labelled
 * with its source.
 */
export function disagreements(observations: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = sameFigureKey(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
