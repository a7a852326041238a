import type { Dataset, Metric, Observation } from "../data/dataset.ts";
import { preferNetwork } from "./figures.ts";

export interface Headline {
  metric: Metric;
  observations: Observation[];
}

/**
 * For each metric (in the order of metrics.csv), the observations of its
 * most recent year, network-wide ones only when there are any. Figures that
 * disagree for that year are all kept, so neither source is hidden.
 */
export function headlineFigures(dataset: Dataset): Headline[] {
  const out: Headline[] = [];
  for (const metric of dataset.metrics) {
    const obs = dataset.observations.filter((o) => o.metric === metric.id);
    if (obs.length === 0) continue;
    const latest = Math.max(...obs.map((o) => o.year));
    out.push({ metric, observations: preferNetwork(obs.filter((o) => o.year === latest)) });
  }
  return out;
}
