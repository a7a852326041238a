import type { TimelineChartInput, TimelineMark } from "./timeline-chart.ts";
import {
  emptyLayout,
  fitLabel,
  placeText,
  r1,
  textWidth,
  type PlacedMark,
  type Segment,
  type TimelineLayout,
} from "./timeline-layout.ts";

/** The width the drawing across is made for: the page's text column on a wide screen. */
export const HORIZONTAL_WIDTH = 928;

const PAD = 12;
/** One row of marks; a label of two lines takes two rows. */
const ROW = 20;
const LANE_HEAD = 22;
const LANE_GAP = 8;
const SEPARATOR_GAP = 14;
const BAR_H = 12;
const BAR_MIN_W = 8;
const DOT_R = 6;
const DIAMOND_R = 6;
/** Between a mark and its label, and between two things on one row. */
const LABEL_GAP = 4;
const ROW_GAP = 6;
/** Labels wrap to two lines past this width (most of them fit one). */
const LABEL_W = 330;
const AXIS_H = 30;

/** Pixel extent of a mark across: its span, widened to stay visible and clickable. */
function markExtent(mark: TimelineMark, x: (year: number) => number): [number, number] {
  const mid = (x(mark.from) + x(mark.to)) / 2;
  if (mark.shape === "dot") return [mid - DOT_R, mid + DOT_R];
  if (mark.shape === "diamond") return [mid - DIAMOND_R, mid + DIAMOND_R];
  const x0 = x(mark.from) + 1;
  const x1 = x(mark.to) - 1;
  return x1 - x0 >= BAR_MIN_W ? [x0, x1] : [mid - BAR_MIN_W / 2, mid + BAR_MIN_W / 2];
}

/** Rows of one lane: the x intervals each row already holds. */
class Rows {
  private rows: [number, number][][] = [];
  get count() {
    return this.rows.length;
  }
  free(row: number, span: number, [a, b]: [number, number]): boolean {
    for (let r = row; r < row + span; r++)
      if ((this.rows[r] ?? []).some(([c, d]) => a < d + ROW_GAP && c < b + ROW_GAP)) return false;
    return true;
  }
  take(row: number, span: number, extent: [number, number]) {
    for (let r = row; r < row + span; r++) (this.rows[r] ??= []).push(extent);
  }
}

/**
 * The timeline across: one lane per kind (figures, openings, anniversaries,
 * events, then plans apart), each mark at its dates on a left-to-right
 * year axis in every language, its short label beside it on the reading
 * side (after it; before it in Arabic, right-aligned), on the other side
 * when the edge is near. A mark and its label take the first row of the
 * lane where they meet nothing, so no label covers another or a mark.
 */
export function layoutHorizontal(
  input: TimelineChartInput,
  width = HORIZONTAL_WIDTH,
): TimelineLayout {
  const [first, last] = input.years;
  const span = last + 1 - first;
  const x = (year: number) => PAD + ((year - first) / span) * (width - 2 * PAD);
  const rtl = input.dir === "rtl";
  const out = emptyLayout("horizontal", width);

  let top = 4;
  for (const lane of input.lanes) {
    if (lane.separated) {
      top += SEPARATOR_GAP / 2;
      out.separators.push({ x1: PAD, y1: top, x2: width - PAD, y2: top });
      top += SEPARATOR_GAP / 2;
    }
    const headX = rtl ? width - PAD : PAD;
    const headAnchor = rtl ? "end" : "start";
    out.texts.push(placeText([lane.label], headX, top + 15, headAnchor, "tl-lane-label"));
    const rowsTop = top + LANE_HEAD;
    const rows = new Rows();
    for (const mark of lane.marks) {
      const [m0, m1] = markExtent(mark, x);
      const lines = fitLabel(mark, LABEL_W, 2);
      const w = Math.max(0, ...lines.map(textWidth));
      const after: [number, number] = [m1 + LABEL_GAP, m1 + LABEL_GAP + w];
      const before: [number, number] = [m0 - LABEL_GAP - w, m0 - LABEL_GAP];
      const inside = ([a, b]: [number, number]) => a >= PAD && b <= width - PAD;
      const sides = lines.length === 0 ? [undefined] : rtl ? [before, after] : [after, before];
      const fitting = sides.filter((s) => !s || inside(s));
      const choices = fitting.length > 0 ? fitting : sides.slice(0, 1);
      const lineCount = Math.max(1, lines.length);
      let row = 0;
      let pick: number;
      while ((pick = choices.findIndex((s) => rows.free(row, lineCount, union([m0, m1], s)))) < 0)
        row++;
      const side = choices[pick];
      rows.take(row, lineCount, union([m0, m1], side));
      const cy = rowsTop + row * ROW + ROW / 2;
      const placed: PlacedMark = {
        mark,
        lane: lane.id,
        shape: mark.shape,
        box: {
          x0: r1(m0),
          x1: r1(m1),
          y0: cy - (mark.shape === "bar" ? BAR_H / 2 : DOT_R),
          y1: cy + (mark.shape === "bar" ? BAR_H / 2 : DOT_R),
        },
      };
      if (side && lines.length > 0) {
        const isAfter = side === after;
        const lx = r1(isAfter ? side[0] : side[1]);
        const anchor = isAfter ? "start" : "end";
        // Baseline 4 px below the row's middle: the text's box (ASCENT, DESCENT) stays inside the row.
        const baseline = cy + 4;
        placed.label = placeText(lines, lx, baseline, anchor, "tl-label");
      }
      out.marks.push(placed);
    }
    top = rowsTop + Math.max(1, rows.count) * ROW + LANE_GAP;
  }

  const axisY = top;
  drawAxis(out, first, last, x, axisY);
  out.height = axisY + AXIS_H;
  return out;
}

const union = ([a, b]: [number, number], s: [number, number] | undefined): [number, number] =>
  s ? [Math.min(a, s[0]), Math.max(b, s[1])] : [a, b];

/** Year boundaries as grid lines and ticks, each year's label in the middle of its band. */
function drawAxis(
  out: TimelineLayout,
  first: number,
  last: number,
  x: (year: number) => number,
  axisY: number,
) {
  const line = (x1: number, y1: number, x2: number, y2: number): Segment => ({
    x1: r1(x1),
    y1,
    x2: r1(x2),
    y2,
  });
  out.axes.push(line(x(first), axisY, x(last + 1), axisY));
  for (let year = first; year <= last + 1; year++) {
    out.grid.push(line(x(year), 4, x(year), axisY));
    out.ticks.push(line(x(year), axisY, x(year), axisY + 6));
  }
  // Every year's label when a band holds it with room to spare, else every other year.
  const band = x(first + 1) - x(first);
  const step = band >= textWidth("2000") + 4 ? 1 : 2;
  for (let year = first; year <= last; year += step) {
    const cx = r1(x(year + 0.5));
    out.texts.push(placeText([String(year)], cx, axisY + 18, "middle", "tl-year"));
  }
}
