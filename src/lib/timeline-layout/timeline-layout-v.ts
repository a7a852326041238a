import type { TimelineChartInput, TimelineMark } from "./timeline-chart.ts";
import {
  emptyLayout,
  ASCENT,
  fitLabel,
  placeText,
  r1,
  textHeight,
  wrapText,
  type Box,
  type PlacedText,
  type Segment,
  type TimelineLayout,
} from "./timeline-layout.ts";

/** Widths the drawing down the page is made for: a phone, and a tablet's text column. */
export const VERTICAL_NARROW = 300;
export const VERTICAL_WIDE = 544;

const PAD = 6;
/** The axis, right of the year labels ("2000" is about 29 px wide). */
const AXIS_X = PAD + 40;
const COLUMNS_X = AXIS_X + 12;
/** A column of marks: a day's dot, a period's bar. */
const COLUMN = 8;
const DOT_R = 3.5;
const BAR_W = 5;
const DIAMOND_R = 5;
/** Between the last column and the labels, for the leader lines. */
const LEADER_ROOM = 12;
const LABEL_GAP = 4;
const SECTION_GAP = 28;
/** A year's least height, room for its label on the axis. */
const YEAR = 28;
/** A moment, in years (about 30 s): how far apart marks of one instant are stacked. */
const MOMENT = 1e-6;
/** From a label's top to the middle of its first line, where its mark sits. */
const MID = ASCENT - 3;

interface Section {
  id: string;
  heading: string;
  marks: TimelineMark[];
  /** Figures' diamonds, drawn on the axis itself. */
  onAxis: TimelineMark[];
}

/**
 * Lines a label may take: two on a phone, where the drawing is an index
 * whose marks lead to the list (the full label is there, a tap away), and
 * three lines made it 3,163 px tall; three on a tablet.
 */
export const labelLines = (width: number) => (width <= VERTICAL_NARROW ? 2 : 3);

/** Facts (openings, anniversaries, events) in one section, plans in their own, figures on the facts' axis. */
function sections(input: TimelineChartInput): Section[] {
  const facts = input.lanes.filter((l) => l.id !== "plan" && l.id !== "figures");
  const plans = input.lanes.find((l) => l.id === "plan");
  const figures = input.lanes.find((l) => l.id === "figures");
  const out: Section[] = [];
  const factMarks = facts.flatMap((l) => l.marks).sort((a, b) => a.from - b.from || a.to - b.to);
  if (factMarks.length > 0 || figures)
    out.push({
      id: "facts",
      heading: input.factsLabel,
      marks: factMarks,
      onAxis: figures?.marks ?? [],
    });
  if (plans) out.push({ id: "plan", heading: plans.label, marks: plans.marks, onAxis: [] });
  return out;
}

/** First year and the year after the last that a section's marks touch. */
function yearsOf(section: Section): [number, number] {
  const all = [...section.marks, ...section.onAxis];
  return [
    Math.floor(Math.min(...all.map((m) => m.from))),
    Math.ceil(Math.max(...all.map((m) => m.to))),
  ];
}

/** A mark's extent down the page: its span, or a dot's or a short bar's least height. */
function markSpan(mark: TimelineMark, y: (year: number) => number): [number, number] {
  const y0 = y(mark.from);
  const y1 = y(mark.to);
  const mid = (y0 + y1) / 2;
  const least = mark.shape === "dot" ? 2 * DOT_R : BAR_W;
  return y1 - y0 >= least ? [y0 + 0.5, y1 - 0.5] : [mid - least / 2, mid + least / 2];
}

/** Greedy columns: each mark in the first column whose last mark ends above it. */
function columns(spans: readonly [number, number][]): number[] {
  const ends: number[] = [];
  return spans.map(([y0, y1]) => {
    let c = ends.findIndex((end) => end + 2 <= y0);
    if (c === -1) c = ends.push(y1) - 1;
    else ends[c] = y1;
    return c;
  });
}

/** The piecewise-linear map through `points` (instants ascending), `slope` px a year past the last. */
function through(points: readonly [number, number][], slope: number) {
  return (t: number): number => {
    const i = points.findIndex(([ti]) => ti >= t);
    const [t1, y1] = points[i] ?? [0, 0];
    const before = points[i - 1];
    if (i === -1) {
      const [tl, yl] = points.at(-1) ?? [t, 0];
      return yl + (t - tl) * slope;
    }
    if (!before || t1 === t) return y1 - (t1 - t) * slope;
    const [t0, y0] = before;
    return y0 + ((t - t0) / (t1 - t0)) * (y1 - y0);
  };
}

/**
 * The timeline down the page, for narrow screens: time goes down, year
 * labels beside the axis, facts in one section and plans in their own.
 * Each mark's short label (wrapped, up to three lines, two on a phone) sits level with the
 * mark, tied to it by a short leader line; where labels need more room
 * than their dates leave, time stretches (YEAR px a year at least, every
 * year labelled on the axis), so busy years are taller and no label
 * drifts from its mark. Marks that start at one instant are stacked in
 * their year, one under the other. In Arabic the drawing is mirrored: axis
 * on the right, labels right-aligned.
 */
export function layoutVertical(input: TimelineChartInput, width = VERTICAL_NARROW): TimelineLayout {
  const out = emptyLayout("vertical", width);
  let top = 4;
  sections(input).forEach((section, i) => {
    if (i > 0) {
      top += SECTION_GAP / 2;
      out.separators.push({ x1: PAD, y1: top, x2: width - PAD, y2: top });
      top += SECTION_GAP / 2;
    }
    top = drawSection(out, section, top) + 8;
  });
  out.height = r1(top);
  return input.dir === "rtl" ? mirror(out) : out;
}

/** One section (heading, axis, marks, labels) from `top`; returns its bottom. */
function drawSection(out: TimelineLayout, section: Section, top: number): number {
  const { width } = out;
  const heading = wrapText(section.heading, width - 2 * PAD, 2);
  out.texts.push(placeText(heading, PAD, top + ASCENT, "start", "tl-lane-label"));
  const axisTop = top + textHeight(heading.length) + 8;
  const [from, to] = yearsOf(section);
  const even = (t: number) => axisTop + MID + (t - from) * YEAR;

  // Columns on the even scale, the tightest: stretching time only parts marks.
  const most = Math.max(0, ...columns(section.marks.map((m) => markSpan(m, even))));
  const labelX = COLUMNS_X + (most + 1) * COLUMN + LEADER_ROOM;
  const labelled = section.marks.map((m) => fitLabel(m, width - PAD - labelX, labelLines(width)));
  // Labels in date order, each level with its date or pushed down by the one
  // above. Time runs at YEAR px a year and stretches only just before a
  // pushed mark, so a year's tick never falls between a mark and its date;
  // marks of one instant are stacked a moment apart.
  const level: number[] = [];
  let last: [number, number] = [from, even(from)];
  const points: [number, number][] = [last];
  let floor = -Infinity;
  section.marks.forEach((mark, k) => {
    const natural = last[1] + Math.max(0, mark.from - last[0]) * YEAR;
    const at = Math.max(natural, floor);
    const t = mark.from > last[0] ? mark.from : last[0] + MOMENT;
    if (at > natural && t - MOMENT > last[0]) points.push([t - MOMENT, natural]);
    points.push((last = [t, at]));
    level.push(at);
    floor = at + textHeight(labelled[k]?.length ?? 1) + LABEL_GAP;
  });
  const y = through(points, YEAR);

  const spans = section.marks.map((mark, k): [number, number] => {
    const at = level[k] ?? y(mark.from);
    if (mark.shape === "dot") return [at - DOT_R, at + DOT_R];
    return [at - BAR_W / 2, Math.max(at + BAR_W / 2, y(mark.to) - 1)];
  });
  const cols = columns(spans);
  let bottom = y(to);
  section.marks.forEach((mark, k) => {
    const [a, b] = spans[k] as [number, number];
    const cx = COLUMNS_X + Math.min(cols[k] ?? 0, most) * COLUMN + COLUMN / 2;
    const half = mark.shape === "dot" ? DOT_R : BAR_W / 2;
    const lines = labelled[k] ?? [];
    const at = level[k] ?? a;
    const baseline = r1(at - MID + ASCENT);
    const label = placeText(lines, labelX, baseline, "start", "tl-label");
    bottom = Math.max(bottom, label.box.y1, b);
    out.marks.push({
      mark,
      lane: section.id,
      shape: mark.shape,
      box: { x0: cx - half, x1: cx + half, y0: r1(a), y1: r1(b) },
      label,
      leader: [
        [cx + half + 1, r1(at)],
        [labelX - 3, r1(at)],
      ],
    });
  });
  for (const mark of section.onAxis) {
    const cy = r1(y((mark.from + mark.to) / 2));
    out.marks.push({
      mark,
      lane: "figures",
      shape: "diamond",
      box: {
        x0: AXIS_X - DIAMOND_R,
        x1: AXIS_X + DIAMOND_R,
        y0: cy - DIAMOND_R,
        y1: cy + DIAMOND_R,
      },
    });
  }
  drawYears(out, from, to, y, labelX - LEADER_ROOM);
  return bottom;
}

/** The axis, a line at each new year across the marks' columns, and the year beside it. */
function drawYears(
  out: TimelineLayout,
  from: number,
  to: number,
  y: (year: number) => number,
  gridEnd: number,
) {
  out.axes.push({ x1: AXIS_X, y1: r1(y(from)), x2: AXIS_X, y2: r1(y(to)) });
  for (let year = from; year <= to; year++) {
    const at = r1(y(year));
    out.grid.push({ x1: AXIS_X, y1: at, x2: gridEnd, y2: at });
    out.ticks.push({ x1: AXIS_X - 6, y1: at, x2: AXIS_X, y2: at });
    if (year === to) continue;
    // The year's label just below its first instant, inside its band.
    out.texts.push(placeText([String(year)], PAD, r1(at + ASCENT + 1), "start", "tl-year"));
  }
}

/** The layout mirrored left to right, for Arabic: x ↦ width − x, start ↔ end. */
function mirror(layout: TimelineLayout): TimelineLayout {
  const w = layout.width;
  const box = (b: Box): Box => ({ ...b, x0: r1(w - b.x1), x1: r1(w - b.x0) });
  const seg = (s: Segment): Segment => ({ ...s, x1: r1(w - s.x1), x2: r1(w - s.x2) });
  const text = (t: PlacedText): PlacedText => ({
    ...t,
    x: r1(w - t.x),
    anchor: t.anchor === "start" ? "end" : t.anchor === "end" ? "start" : "middle",
    box: box(t.box),
  });
  // Years are numbers: they keep their left-to-right digits, only their place moves.
  return {
    ...layout,
    marks: layout.marks.map((m) => ({
      ...m,
      box: box(m.box),
      ...(m.label ? { label: text(m.label) } : {}),
      ...(m.leader ? { leader: m.leader.map(([x, y]): [number, number] => [r1(w - x), y]) } : {}),
    })),
    texts: layout.texts.map(text),
    grid: layout.grid.map(seg),
    axes: layout.axes.map(seg),
    ticks: layout.ticks.map(seg),
    separators: layout.separators.map(seg),
  };
}
