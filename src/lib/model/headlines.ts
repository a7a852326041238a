import type { Dataset, Metric, Observation } from "../data/dataset.ts";
import { horizonKey, preferNetwork } from "./figures.ts";

export interface Headline {
  metric: Metric;
  observations: Observation[];
}

/**
 * For each metric (in the order of metrics.csv), and for a rate each
 * horizon (89 % after five years of existence is not another source's
 * reading of 89 % after leaving the incubator), the observations of its
 * most recent year, network-wide ones only when there are any. Figures that
 * disagree for that year are all kept, so neither source is hidden.
 * Targets are no headline: they are plans, not figures of a year past.
 */
export function headlineFigures(dataset: Dataset): Headline[] {
  const out: Headline[] = [];
  for (const metric of dataset.metrics) {
    if (metric.kind === "target") continue;
    const all = dataset.observations.filter((o) => o.metric === metric.id);
    for (const key of new Set(all.map(horizonKey))) {
      const obs = all.filter((o) => horizonKey(o) === key);
      const latest = Math.max(...obs.map((o) => o.year));
      out.push({ metric, observations: preferNetwork(obs.filter((o) => o.year === latest)) });
    }
  }
  return out;
}
