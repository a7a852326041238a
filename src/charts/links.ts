import * as d3 from "d3";
import type { Observation } from "../lib/data/dataset.ts";
import { horizonKey } from "../lib/model/figures.ts";

/**
 * A series: one site (or the network) over one scope, and for a rate one
 * horizon; a change of scope or of horizon starts another, so no line
 * joins a rate after 18 months to one after two years.
 */
export const seriesKey = (o: Observation): string => `${o.site}|${o.scope}${horizonKey(o)}`;

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  slot: number;
}

/**
 * Dashed links that imply no value nobody published: between two figures
 * of one series (site and scope, so never across a change of scope) in
 * consecutive years (never across a gap), each year with a single value
 * (never through a year whose sources disagree). Identical figures of
 * several sources count as one value. Period figures are not linked.
 */
export function links(
  points: readonly { obs: Observation; x: number; y: number | string; slot: number }[],
): Segment[] {
  const out: Segment[] = [];
  for (const series of d3.group(points, (p) => seriesKey(p.obs)).values()) {
    const byYear = d3.group(series, (p) => p.obs.year);
    const single = (year: number) => {
      const at = byYear.get(year) ?? [];
      return new Set(at.map((p) => `${p.obs.value}|${p.obs.qualifier}`)).size === 1
        ? at[0]
        : undefined;
    };
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
      const a = single(year);
      const b = single(year + 1);
      if (a && b) out.push({ x1: a.x, y1: Number(a.y), x2: b.x, y2: Number(b.y), slot: a.slot });
    }
  }
  return out;
}
