import type { Observation } from "../data/dataset.ts";
import { sameFigureGroups } from "./figures.ts";

/** Observations of one metric, site and year from several sources or values. */
export interface ObservationGroup {
  metric: string;
  site: string;
  year: number;
  observations: Observation[];
  /**
   * differ: the figures differ in value or qualifier ("plus de 900" and
   * "près de 800"); agree: every source gives the same figure.
   */
  verdict: "differ" | "agree";
}

/**
 * Groups observations by metric, site and year and keeps the groups with
 * more than one figure: where several sources speak of the same thing.
 * Groups come in order of metric, site, year; figures within a group in
 * their dataset order. Nothing is averaged or chosen: both figures stay.
 */
export function findDisagreements(observations: readonly Observation[]): ObservationGroup[] {
  return sameFigureGroups(observations)
    .filter((g) => g.length > 1)
    .map((g) => {
      const first = g[0] as Observation;
      const same = g.every((o) => o.value === first.value && o.qualifier === first.qualifier);
      return {
        metric: first.metric,
        site: first.site,
        year: first.year,
        observations: g,
        verdict: same ? ("agree" as const) : ("differ" as const),
      };
    })
    .sort(
      (a, b) => a.metric.localeCompare(b.metric) || a.site.localeCompare(b.site) || a.year - b.year,
    );
}
