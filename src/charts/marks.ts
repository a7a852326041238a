import * as Plot from "@observablehq/plot";
import type { Observation } from "../lib/data/dataset.ts";
import { slotClass } from "./palette.ts";
import type { Anchor } from "./place-labels.ts";
import type { MarkKinds } from "./types.ts";

/** One figure as drawn: its position and colour slot. */
export interface Point {
  obs: Observation;
  x: number;
  y: number | string;
  slot: number;
}

/** A label as placed: its anchor point in data units, its lines and text anchor. */
export interface Label {
  x: number;
  y: number | string;
  lines: string[];
  anchor: Anchor;
}

/** Direction of the value axis: up for a time series, right for a comparison of sites. */
export type ValueAxis = "up" | "right";

const RADIUS = 4.5;

/**
 * One mark per figure, its shape saying how the source qualifies it: a
 * filled dot when exact, a hollow dot when approximate, a caret (triangle)
 * pointing toward larger values for "more than" (a lower bound) and toward
 * smaller ones for "less than". A caret rather than a long arrow, so that
 * close figures (Rabat's 80 and Tanger's 20) do not draw over each other.
 * One mark per colour slot and qualifier, so each group carries its series
 * class (`tp-s<slot>`) and its qualifier class (`tp-q-<qualifier>`).
 */
export function figureMarks(points: readonly Point[], axis: ValueAxis): Plot.Markish[] {
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.slot}|${p.obs.qualifier}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const [slot, qualifier] = key.split("|") as [string, Observation["qualifier"]];
      const className = `${slotClass(Number(slot))} tp-q-${qualifier.replace("_", "-")}`;
      const bound = qualifier !== "exact" && qualifier !== "approx";
      const towardsMore = qualifier === "more_than";
      const rotate = axis === "up" ? (towardsMore ? 0 : 180) : towardsMore ? 90 : 270;
      const hollow = qualifier === "approx";
      return Plot.dot(group, {
        x: "x",
        y: "y",
        r: bound ? RADIUS * 1.4 : RADIUS,
        symbol: bound ? "triangle" : "circle",
        rotate: bound ? rotate : 0,
        fill: hollow ? "none" : "currentColor",
        stroke: "currentColor",
        strokeWidth: hollow ? 2 : 1,
        className,
      });
    });
}

/**
 * Labels beside each mark, in the text colour (coloured text would fail
 * contrast), with a halo in the background colour so a rule or a dashed
 * link behind a label does not cross its letters (page CSS sets the halo to
 * the dark background in dark mode).
 */
export function labelMarks(labels: readonly Label[]): Plot.Markish[] {
  return (["start", "end", "middle"] as const).map((anchor) =>
    Plot.text(
      labels.filter((l) => l.anchor === anchor),
      {
        x: "x",
        y: "y",
        text: (l: Label) => l.lines.join("\n"),
        textAnchor: anchor,
        lineAnchor: "middle",
        fill: "currentColor",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
        lineHeight: 1.15,
        className: "tp-label",
      },
    ),
  );
}

/** What the key must explain for these points. */
export function markKinds(points: readonly Point[], links: boolean, openings: boolean): MarkKinds {
  return { qualifiers: new Set(points.map((p) => p.obs.qualifier)), links, openings };
}
