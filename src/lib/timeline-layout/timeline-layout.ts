import type { TimelineMark } from "./timeline-chart.ts";
import { cutWord, ellipsize, fillLines } from "../format/cut-word.ts";
import { countedWidth } from "../draw/text-width.ts";
import { FONT_PX } from "../draw/mark-sizes.ts";

/**
 * Geometry shared by the two drawings of the timeline (timeline-layout-h.ts
 * across, timeline-layout-v.ts down): boxes in px, a text width that errs
 * wide, and word wrapping. Every text is laid out with the
 * box it may fill, so that no two boxes meet and none leaves the drawing;
 * a browser test measures the rendered text against the same rules.
 */

/** An axis-aligned box, x0 ≤ x1 and y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A text of one or more lines: `x` is where `anchor` sits, `y` the first baseline. */
export interface PlacedText {
  lines: string[];
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  /** The room the text may take, larger than any font draws it. */
  box: Box;
  className: string;
}

export interface PlacedMark {
  mark: TimelineMark;
  /** The lane (or, down the page, the section) the mark is drawn in. */
  lane: string;
  shape: TimelineMark["shape"];
  box: Box;
  label?: PlacedText;
  /** A line from the mark to its label when the label had to move away. */
  leader?: [number, number][];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A whole drawing: what the renderer turns into SVG, nothing left to compute. */
export interface TimelineLayout {
  orientation: "horizontal" | "vertical";
  width: number;
  height: number;
  marks: PlacedMark[];
  /** Lane and section headings, year labels. */
  texts: PlacedText[];
  grid: Segment[];
  axes: Segment[];
  ticks: Segment[];
  separators: Segment[];
}

/** A drawing of `width` with nothing placed yet: each layout fills it. */
export const emptyLayout = (
  orientation: TimelineLayout["orientation"],
  width: number,
): TimelineLayout => ({
  orientation,
  width,
  height: 0,
  marks: [],
  texts: [],
  grid: [],
  axes: [],
  ticks: [],
  separators: [],
});

/** Space between baselines of a wrapped label. */
export const LINE = 20;
/** A line's box above and below its baseline: Chromium's Arabic boxes are the tallest (≈19 px). */
export const ASCENT = 13;
export const DESCENT = 6;

/**
 * Width of `text` at the drawing's FONT_PX, on the wide side, counted in
 * characters (countedWidth), rounded up to a whole px.
 */
export function textWidth(text: string): number {
  return Math.ceil(countedWidth(text, FONT_PX));
}

/**
 * Greedy word wrap to `width` px, at most `maxLines` lines; a word wider
 * than the line is cut into lines (cutWord), never left to run past it.
 * What does not fit is cut with "…".
 */
export function wrapText(text: string, width: number, maxLines = 3): string[] {
  const fits = (s: string) => textWidth(s) <= width;
  const lines = fillLines(
    text.split(/\s+/).flatMap((w) => (w ? cutWord(w, fits) : [])),
    fits,
  );
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const words = (kept[maxLines - 1] ?? "").split(" ");
  while (words.length > 1 && !fits(`${words.join(" ")}…`)) words.pop();
  kept[maxLines - 1] = ellipsize(words.join(" "), fits);
  return kept;
}

/** The box of `lines` drawn from `x` with `anchor`, first baseline at `y`. */
export function textBox(
  lines: readonly string[],
  x: number,
  y: number,
  anchor: PlacedText["anchor"],
): Box {
  const w = Math.max(0, ...lines.map(textWidth));
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, y0: y - ASCENT, x1: x0 + w, y1: y + (lines.length - 1) * LINE + DESCENT };
}

/**
 * A text of `lines` drawn from `x` with `anchor`, first baseline at `y`,
 * with the box it takes (textBox): how both drawings place every text,
 * a mark's label, a heading or a year.
 */
export function placeText(
  lines: string[],
  x: number,
  y: number,
  anchor: PlacedText["anchor"],
  className: string,
): PlacedText {
  return { lines, x, y, anchor, box: textBox(lines, x, y, anchor), className };
}

/**
 * A mark's label fitted to `width` px and at most `maxLines` lines
 * (wrapText), or no line for a mark without one (a year of figures).
 */
export const fitLabel = (mark: TimelineMark, width: number, maxLines: number): string[] =>
  mark.label ? wrapText(mark.label, width, maxLines) : [];

/** Height of a text of `n` lines, box to box. */
export const textHeight = (n: number) => ASCENT + (n - 1) * LINE + DESCENT;

export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

/** One decimal: stable output and small pages, far below a pixel. */
export const r1 = (v: number) => Math.round(v * 10) / 10;
