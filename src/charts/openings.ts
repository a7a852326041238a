import * as Plot from "@observablehq/plot";
import { boxOf, type MarkAt } from "./label-mark.ts";
import type { Box } from "./place-labels.ts";
import { textWidth } from "../lib/draw/text-width.ts";

/** A site's opening on the time axis: its year and the short name shown above the plot. */
export interface Opening {
  year: number;
  text: string;
}

const FONT_PX = 11;
const ROW_PX = 14;
/** Rows of opening names above the plot, and the room they take (px). */
export const OPENING_ROWS = 3;
export const OPENING_BAND = 8 + OPENING_ROWS * ROW_PX;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + 4 && b.x0 < a.x1 + 4;
/** Clear space (px) an opening line leaves above and below a mark it passes. */
const CLEAR = 2;
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The pieces of the vertical segment x, y1–y2 (y1 < y2) left once the
 * boxes it passes through are cut out, each CLEAR px short of a box:
 * an opening line must not run through a mark (a mark on a park's opening
 * line reads as that park's figure, issue 24).
 */
export function cutAround(
  x: number,
  y1: number,
  y2: number,
  boxes: readonly Box[],
): [number, number][] {
  const cuts = boxes
    .filter((b) => b.x0 < x && x < b.x1 && b.y0 < y2 && y1 < b.y1)
    .map((b) => [b.y0 - CLEAR, b.y1 + CLEAR] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces: [number, number][] = [];
  let from = y1;
  for (const [a, b] of cuts) {
    if (a > from) pieces.push([from, a]);
    from = Math.max(from, b);
  }
  if (from < y2) pieces.push([from, y2]);
  return pieces;
}

/**
 * Openings as ticks on a band above the plot, never rotated text across
 * it: a faint rule at each opening year that rises 6 px above the frame,
 * broken where a mark of the chart (`marks`, as labelMark takes them) sits
 * on it,
 * and the park's name centred over it on the first of OPENING_ROWS rows
 * where it meets no other name (moved in from the edges of the drawing);
 * a name with no room (or wider than the drawing) is left out, its tick
 * stays (the key says what a tick is, the timeline names every opening).
 */
export function openingMarks(
  opened: readonly Opening[],
  line: (s: string) => string,
  marks: readonly MarkAt[] = [],
): Plot.Markish[] {
  return [
    Plot.ruleX(opened, {
      x: "year",
      strokeOpacity: 0.3,
      insetTop: -6,
      className: "tp-opening",
      render(index, scales, values, dimensions, context, next) {
        const g = next?.(index, scales, values, dimensions, context);
        if (!g) return null;
        const sx = scales.x as (v: number) => number;
        const sy = scales.y as (v: number) => number;
        const boxes = marks.map((m) => boxOf(m, sx, sy));
        for (const rule of [...g.children].filter((el) => el.localName === "line")) {
          const [x, y1, y2] = ["x1", "y1", "y2"].map((a) => Number(rule.getAttribute(a)));
          const pieces = cutAround(
            x ?? 0,
            Math.min(y1 ?? 0, y2 ?? 0),
            Math.max(y1 ?? 0, y2 ?? 0),
            boxes,
          );
          rule.replaceWith(
            ...pieces.map(([a, b]) => {
              const piece = g.ownerDocument.createElementNS(SVG_NS, "line");
              for (const [name, v] of Object.entries({ x1: x, x2: x, y1: a, y2: b }))
                piece.setAttribute(name, String(v));
              return piece;
            }),
          );
        }
        return g;
      },
    }),
    Plot.text(opened, {
      x: "year",
      frameAnchor: "top",
      text: "text",
      fontSize: FONT_PX,
      lineAnchor: "middle",
      className: "tp-opening-label",
      render(index, scales, values, dimensions, context, next) {
        const g = next?.(index, scales, values, dimensions, context);
        if (!g) return null;
        const sx = scales.x as (v: number) => number;
        const rows: Box[][] = Array.from({ length: OPENING_ROWS }, () => []);
        const texts = [...g.children].filter((el) => el.localName === "text");
        texts.forEach((el, k) => {
          const d = opened[index[k] ?? 0] as Opening;
          const w = textWidth(d.text, FONT_PX);
          // A name wider than the drawing has no room anywhere.
          if (w > dimensions.width - 2) return el.remove();
          const cx = Math.min(Math.max(sx(d.year), w / 2 + 1), dimensions.width - w / 2 - 1);
          const box = { x0: cx - w / 2, x1: cx + w / 2, y0: 0, y1: 0 };
          const row = rows.findIndex((r) => !r.some((b) => overlaps(b, box)));
          if (row < 0) return el.remove();
          rows[row]?.push(box);
          const y = dimensions.marginTop - 6 - 2 - ROW_PX / 2 - row * ROW_PX;
          el.setAttribute("transform", `translate(${cx},${y})`);
          el.textContent = line(d.text);
        });
        return g;
      },
    }),
  ];
}
