import { NETWORK } from "../../schemas/sites.ts";
import type { Dataset, Observation } from "../data/dataset.ts";

/**
 * A rate's horizon, as a key suffix ("|P2Y|support"), or "" for any other
 * figure: two rates of different horizons are never one figure nor one
 * series (86 % after 18 months is not 86 % after two years).
 */
export const horizonKey = (o: Observation): string =>
  o.horizon ? `|${o.horizon}|${o.horizon_from}` : "";

/**
 * Key of the figures that describe the same thing: metric, site and year,
 * and a rate's horizon. Figures with one key come from sources that agree
 * or disagree; both stay.
 */
export const sameFigureKey = (o: Observation): string =>
  `${o.metric}|${o.site}|${o.year}${horizonKey(o)}`;

/** Figures grouped by `sameFigureKey`, groups in order of first figure, figures in input order. */
export function sameFigureGroups(observations: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = sameFigureKey(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()];
}

/**
 * Groups of two or more figures for the same metric, site and year: sources
 * that disagree (or agree) about one figure. Both are shown, each labelled
 * with its source.
 */
export function disagreements(observations: readonly Observation[]): Observation[][] {
  return sameFigureGroups(observations).filter((g) => g.length > 1);
}

/** Rank of a site for ordering: the network first, then sites in sites.csv order. */
export function scopeRank(dataset: Dataset): (site: string) => number {
  return (site) => (site === NETWORK ? -1 : dataset.sites.findIndex((s) => s.id === site));
}

/**
 * The network's figures when there are any (they cover every park), else
 * all of them: the figures a summary cites for one metric and year.
 */
export function preferNetwork(observations: readonly Observation[]): Observation[] {
  const network = observations.filter((o) => o.site === NETWORK);
  return network.length > 0 ? network : [...observations];
}
