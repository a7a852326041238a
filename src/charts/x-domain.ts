import type { Dataset } from "../lib/data/dataset.ts";
import { openedYear } from "../schemas/sites.ts";

/**
 * The time axis of every chart of a release: from its first opening,
 * figure or period start to its last figure (2001–2024 in 2.0.0), so the
 * charts of one release can be read side by side. Targets are left out:
 * a plan's 2027 is not a year the data describes, and would stretch every
 * chart past its last fact.
 */
export function releaseYears(dataset: Dataset): [number, number] {
  const targets = new Set(dataset.metrics.filter((m) => m.kind === "target").map((m) => m.id));
  const facts = dataset.observations.filter((o) => !targets.has(o.metric));
  const starts = [...dataset.sites.map(openedYear), ...facts.map((o) => o.period_start ?? o.year)];
  const ends = facts.map((o) => o.year);
  const [x0, x1] = [Math.min(...starts), Math.max(...ends)];
  return x0 < x1 ? [x0, x1] : [x0 - 1, x1 + 1];
}
