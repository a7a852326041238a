import * as Plot from "@observablehq/plot";
import type { Box } from "./place-labels.ts";
import { textWidth } from "./text-width.ts";

/** A site's opening on the time axis: its year and the short name shown above the plot. */
export interface Opening {
  year: number;
  text: string;
}

const FONT_PX = 11;
const ROW_PX = 14;
/** Rows of opening names above the plot, and the room they take (px). */
export const OPENING_ROWS = 2;
export const OPENING_BAND = 8 + OPENING_ROWS * ROW_PX;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + 4 && b.x0 < a.x1 + 4;

/**
 * Openings as ticks on a band above the plot, never rotated text across
 * it: a faint rule at each opening year that rises 6 px above the frame,
 * and the park's name centred over it on the first of OPENING_ROWS rows
 * where it meets no other name (moved in from the edges of the drawing);
 * a name with no room (or wider than the drawing) is left out, its tick
 * stays (the key says what a tick is, the timeline names every opening).
 */
export function openingMarks(
  opened: readonly Opening[],
  line: (s: string) => string,
): Plot.Markish[] {
  return [
    Plot.ruleX(opened, { x: "year", strokeOpacity: 0.3, insetTop: -6, className: "tp-opening" }),
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
