import * as d3 from "d3";
import { parseHTML } from "linkedom";
import type { TimelineChartInput, TimelineMark } from "../lib/model/timeline-chart.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Layout in px. A year is wide enough for its label and a 2-digit number. */
const PAD_X = 12;
const YEAR_W = 52;
const LABEL_H = 20;
const ROW_H = 26;
const LANE_GAP = 10;
const SEPARATOR_GAP = 14;
const AXIS_H = 30;
const BAR_H = 20;
/** Corner radius of bars: square enough never to pass for a day's dot. */
const BAR_RX = 4;
const BAR_MIN_W = 22;
const DOT_R = 10;
const DIAMOND_R = 7;
/** Least space between two marks on one row before the second moves down. */
const MARK_GAP = 3;

/** One decimal: stable output and small pages, far below a pixel. */
const r = (v: number) => Math.round(v * 10) / 10;

interface Placed {
  mark: TimelineMark;
  x0: number;
  x1: number;
  row: number;
}

/** Pixel extent of a mark: its span, widened to stay legible and clickable. */
function extent(mark: TimelineMark, x: (year: number) => number): [number, number] {
  const mid = (x(mark.from) + x(mark.to)) / 2;
  if (mark.shape === "dot") return [mid - DOT_R, mid + DOT_R];
  if (mark.shape === "diamond") return [mid - DIAMOND_R, mid + DIAMOND_R];
  const x0 = x(mark.from) + 1;
  const x1 = x(mark.to) - 1;
  return x1 - x0 >= BAR_MIN_W ? [x0, x1] : [mid - BAR_MIN_W / 2, mid + BAR_MIN_W / 2];
}

/** Greedy rows: each mark on the first row where it overlaps nothing. */
function stack(marks: readonly TimelineMark[], x: (year: number) => number): Placed[] {
  const rowEnds: number[] = [];
  return marks.map((mark) => {
    const [x0, x1] = extent(mark, x);
    let row = rowEnds.findIndex((end) => end + MARK_GAP <= x0);
    if (row === -1) row = rowEnds.push(x1) - 1;
    else rowEnds[row] = x1;
    return { mark, x0, x1, row };
  });
}

/**
 * The timeline as a static `<svg>` string: one lane per group of marks,
 * marks numbered as in the list, a year axis that runs left to right in
 * every language. Colours come from CSS classes (tl-*) so dark mode works;
 * output is reproducible (ids from `input.id`, coordinates to 0.1 px).
 */
export function renderTimelineSvg(input: TimelineChartInput): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const [first, last] = input.years;
  const width = 2 * PAD_X + (last + 1 - first) * YEAR_W;
  const x = d3
    .scaleLinear()
    .domain([first, last + 1])
    .range([PAD_X, width - PAD_X]);

  const svg = d3.select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement);
  svg
    .attr("xmlns", SVG_NS)
    .attr("class", "tl-svg")
    .attr("role", "img")
    .attr("aria-labelledby", `${input.id}-title ${input.id}-desc`);
  svg.append("title").attr("id", `${input.id}-title`).text(input.title);
  svg.append("desc").attr("id", `${input.id}-desc`).text(input.description);

  const grid = svg.append("g").attr("class", "tl-grid");
  const labelX = input.dir === "rtl" ? width - PAD_X : PAD_X;
  const labelAnchor = input.dir === "rtl" ? "end" : "start";
  let top = 4;
  for (const lane of input.lanes) {
    if (lane.separated) {
      top += SEPARATOR_GAP / 2;
      svg
        .append("line")
        .attr("class", "tl-separator")
        .attr("x1", PAD_X)
        .attr("x2", r(width - PAD_X))
        .attr("y1", top)
        .attr("y2", top);
      top += SEPARATOR_GAP / 2;
    }
    const g = svg.append("g").attr("class", `tl-lane tl-lane-${lane.id}`);
    g.append("text")
      .attr("class", "tl-lane-label")
      .attr("x", r(labelX))
      .attr("y", top + 14)
      .attr("text-anchor", labelAnchor)
      .text(lane.label);
    const placed = stack(lane.marks, x);
    const rowsTop = top + LABEL_H;
    for (const { mark, x0, x1, row } of placed) {
      const cy = rowsTop + row * ROW_H + ROW_H / 2;
      const cx = (x0 + x1) / 2;
      const m = g
        .append("g")
        .attr("class", ["tl-mark", ...mark.classes].join(" "))
        .attr("data-mark", mark.id);
      m.append("title").text(mark.title);
      if (mark.shape === "dot")
        m.append("circle").attr("cx", r(cx)).attr("cy", r(cy)).attr("r", DOT_R);
      else if (mark.shape === "diamond")
        m.append("path").attr(
          "d",
          `M${r(cx)},${r(cy - DIAMOND_R)}L${r(cx + DIAMOND_R)},${r(cy)}` +
            `L${r(cx)},${r(cy + DIAMOND_R)}L${r(cx - DIAMOND_R)},${r(cy)}Z`,
        );
      else
        m.append("rect")
          .attr("x", r(x0))
          .attr("y", r(cy - BAR_H / 2))
          .attr("width", r(x1 - x0))
          .attr("height", BAR_H)
          .attr("rx", BAR_RX);
      if (mark.text)
        m.append("text")
          .attr("class", "tl-num")
          .attr("x", r(cx))
          .attr("y", r(cy))
          .attr("dy", "0.35em")
          .attr("text-anchor", "middle")
          .text(mark.text);
    }
    const rows = Math.max(1, ...placed.map((p) => p.row + 1));
    top = rowsTop + rows * ROW_H + LANE_GAP;
  }

  const axisY = top;
  const years = d3.range(first, last + 2);
  for (const year of years)
    grid
      .append("line")
      .attr("x1", r(x(year)))
      .attr("x2", r(x(year)))
      .attr("y1", 4)
      .attr("y2", axisY);
  const axis = svg.append("g").attr("class", "tl-axis");
  axis
    .append("line")
    .attr("x1", PAD_X)
    .attr("x2", r(width - PAD_X))
    .attr("y1", axisY)
    .attr("y2", axisY);
  for (const year of years)
    axis
      .append("line")
      .attr("x1", r(x(year)))
      .attr("x2", r(x(year)))
      .attr("y1", axisY)
      .attr("y2", axisY + 6);
  // A year's label sits in the middle of its band: the whole year, not 1 January.
  for (const year of years.slice(0, -1))
    axis
      .append("text")
      .attr("x", r(x(year + 0.5)))
      .attr("y", axisY + 20)
      .attr("text-anchor", "middle")
      .text(String(year));

  const height = axisY + AXIS_H;
  svg
    .attr("width", r(width))
    .attr("height", height)
    .attr("viewBox", `0 0 ${r(width)} ${height}`);
  return (svg.node() as SVGSVGElement).outerHTML;
}
