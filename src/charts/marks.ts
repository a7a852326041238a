import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/index.ts";
import type { Dataset, Observation } from "../lib/data/dataset.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { slotClass } from "./palette.ts";
import type { MarkKinds } from "./types.ts";
import { DOT_R, PERIOD_OPACITY, STROKE } from "../lib/draw/mark-sizes.ts";

/** One figure as drawn: its position (a period figure spans x to x2) and colour slot. */
export interface Point {
  obs: Observation;
  x: number;
  x2?: number;
  y: number | string;
  slot: number;
}

/** Direction of the value axis: up for a time series, right for a comparison of sites. */
export type ValueAxis = "up" | "right";

/**
 * The `href` Plot gives each figure's symbol: "tp-figure:<observation id>".
 * Not an address: normaliseSvg turns it into a `data-figure` attribute on
 * the symbol, and a page that links marks to figure pages makes the links
 * (render/link-figure-marks.ts). So the drawing says which figure each mark
 * is, whatever page or file it ends up in.
 */
export const FIGURE_HREF = "tp-figure:";
/**
 * The figure marks of a drawn chart: what carries `data-figure` but a value
 * label (<text>) or its leader line (<line>), which name the figures they
 * label the same way (label-mark.ts).
 */
export const FIGURE_MARKS = "[data-figure]:not(text):not(line)";
const figureHref = (p: Point) => `${FIGURE_HREF}${p.obs.id}`;

/** Points grouped by colour slot and a second key, in a stable order. */
function groupsOf(points: readonly Point[], key: (p: Point) => string) {
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const k = `${p.slot}|${key(p)}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * One mark per figure, its shape saying how the source qualifies it: a
 * filled dot when exact, a hollow dot when approximate, a caret (triangle)
 * pointing toward larger values for "more than" (a lower bound) and toward
 * smaller ones for "less than" and "at most". A caret rather than a long
 * arrow, so that close figures do not draw over each other. One mark per
 * colour slot and qualifier, so each group carries its series class
 * (`tp-s<slot>`) and its qualifier class (`tp-q-<qualifier>`); each symbol
 * carries its figure's `title` (a native tooltip).
 */
export function figureMarks(
  points: readonly Point[],
  axis: ValueAxis,
  title: (p: Point) => string,
): Plot.Markish[] {
  return groupsOf(points, (p) => p.obs.qualifier).map(([key, group]) => {
    const [slot, qualifier] = key.split("|") as [string, Observation["qualifier"]];
    const className = `${slotClass(Number(slot))} tp-q-${qualifier.replace("_", "-")}`;
    const bound = qualifier !== "exact" && qualifier !== "approx";
    const towardsMore = qualifier === "more_than";
    const rotate = axis === "up" ? (towardsMore ? 0 : 180) : towardsMore ? 90 : 270;
    const hollow = qualifier === "approx";
    return Plot.dot(group, {
      x: "x",
      y: "y",
      r: bound ? DOT_R * 1.4 : DOT_R,
      symbol: bound ? "triangle" : "circle",
      rotate: bound ? rotate : 0,
      fill: hollow ? "none" : "currentColor",
      stroke: "currentColor",
      strokeWidth: hollow ? STROKE.hollow : STROKE.dot,
      title,
      href: figureHref,
      className,
    });
  });
}

/**
 * A period figure («trente nouvelles entreprises par an» «Depuis 2007»,
 * 2007–2011) as a horizontal span over its period at its value, never a point at one year:
 * a thick line in its series' colour, paler when the value is approximate
 * or a bound (the key's `period` and `period_other`), with its figure's
 * `title`.
 */
export function periodMarks(points: readonly Point[], title: (p: Point) => string): Plot.Markish[] {
  return groupsOf(points, (p) => (p.obs.qualifier === "exact" ? "exact" : "other")).map(
    ([key, group]) =>
      Plot.link(group, {
        x1: "x",
        x2: "x2",
        y1: "y",
        y2: "y",
        strokeWidth: STROKE.period,
        strokeLinecap: "butt",
        strokeOpacity: key.endsWith("exact") ? PERIOD_OPACITY.exact : PERIOD_OPACITY.other,
        stroke: "currentColor",
        title,
        href: figureHref,
        className: `${slotClass(group[0]?.slot ?? 0)} tp-period`,
      }),
  );
}

/** The series drawn, each named once, in slot order: what the key names by colour. */
export function seriesOf(
  dataset: Dataset,
  lang: Lang,
  points: readonly Point[],
): MarkKinds["series"] {
  const slots = new Map<number, string>();
  for (const p of points)
    if (!slots.has(p.slot))
      // A park's short name: its city, or its name where two parks share the city (Agadir).
      slots.set(p.slot, scopeLabel(dataset, p.obs.site, lang, "city"));
  return [...slots].sort(([a], [b]) => a - b).map(([slot, label]) => ({ slot, label }));
}

/** What the key must explain for these points. */
export function markKinds(
  points: readonly Point[],
  links: boolean,
  openings: boolean,
  series: MarkKinds["series"] = [],
): MarkKinds {
  return {
    qualifiers: new Set(points.filter((p) => p.x2 === undefined).map((p) => p.obs.qualifier)),
    links,
    openings,
    periods: {
      exact: points.some((p) => p.x2 !== undefined && p.obs.qualifier === "exact"),
      other: points.some((p) => p.x2 !== undefined && p.obs.qualifier !== "exact"),
    },
    series,
  };
}
