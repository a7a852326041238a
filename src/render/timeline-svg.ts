import * as d3 from "d3";
import { parseHTML } from "linkedom";
import { svgText } from "../charts/labels.ts";
import type { TimelineChartInput } from "../lib/timeline-layout/timeline-chart.ts";
import { layoutHorizontal } from "../lib/timeline-layout/timeline-layout-h.ts";
import { layoutVertical } from "../lib/timeline-layout/timeline-layout-v.ts";
import {
  LINE,
  r1,
  type PlacedText,
  type TimelineLayout,
} from "../lib/timeline-layout/timeline-layout.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

type Selection = d3.Selection<SVGGElement | SVGSVGElement, unknown, null, undefined>;

/** A text of one or more lines: one <text>, a <tspan> a line, so a browser measures it whole. */
function drawText(parent: Selection, text: PlacedText, lang: "ar" | "other") {
  const t = parent
    .append("text")
    .attr("class", text.className)
    .attr("x", r1(text.x))
    .attr("y", r1(text.y))
    .attr("text-anchor", text.anchor);
  const wrap = (s: string) =>
    lang === "ar" && text.className !== "tl-year" ? svgText(s, "ar") : s;
  if (text.lines.length === 1) t.text(wrap(text.lines[0] ?? ""));
  else
    text.lines.forEach((line, i) =>
      t
        .append("tspan")
        .attr("x", r1(text.x))
        .attr("dy", i === 0 ? null : LINE)
        .text(wrap(line)),
    );
}

/**
 * A laid-out timeline as a static `<svg>` string: marks with their short
 * labels and a <title> each (date, full label, kind, site), each a link to
 * its entry in the page's list, leader lines, lane headings, a year axis.
 * A group, not an image: an image's content is hidden from screen readers,
 * its links with it (and axe counts links in an image as nested controls). Colours come from CSS classes (tl-*) so dark
 * mode works; output is reproducible (ids from `input.id` and the
 * orientation, coordinates to 0.1 px).
 */
export function renderTimelineLayout(
  input: TimelineChartInput,
  layout: TimelineLayout,
  suffix: string,
): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const id = `${input.id}-${suffix}`;
  const lang = input.dir === "rtl" ? "ar" : "other";
  const svg = d3.select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement) as Selection;
  svg
    .attr("xmlns", SVG_NS)
    .attr("class", `tl-svg tl-${layout.orientation}`)
    .attr("role", "group")
    .attr("aria-labelledby", `${id}-title ${id}-desc`)
    .attr("width", layout.width)
    .attr("height", r1(layout.height))
    .attr("viewBox", `0 0 ${layout.width} ${r1(layout.height)}`);
  svg.append("title").attr("id", `${id}-title`).text(input.title);
  svg.append("desc").attr("id", `${id}-desc`).text(input.description);

  const lines = (cls: string, segments: TimelineLayout["grid"]) => {
    const g = svg.append("g").attr("class", cls);
    for (const s of segments)
      g.append("line").attr("x1", s.x1).attr("y1", s.y1).attr("x2", s.x2).attr("y2", s.y2);
  };
  lines("tl-grid", layout.grid);
  lines("tl-separators", layout.separators);
  lines("tl-axis", [...layout.axes, ...layout.ticks]);

  const texts = svg.append("g").attr("class", "tl-texts");
  for (const text of layout.texts) drawText(texts, text, lang);

  const lanes = new Map<string, Selection>();
  for (const placed of layout.marks) {
    let g = lanes.get(placed.lane);
    if (!g)
      lanes.set(placed.lane, (g = svg.append("g").attr("class", `tl-lane tl-lane-${placed.lane}`)));
    const { mark, box } = placed;
    // Each mark leads to its entry in the list below: the drawing is an index.
    const m = g
      .append("a")
      .attr("href", mark.href)
      .append("g")
      .attr("class", ["tl-mark", ...mark.classes].join(" "))
      .attr("data-mark", mark.id);
    m.append("title").text(mark.title);
    if (placed.leader)
      m.append("polyline")
        .attr("class", "tl-leader")
        .attr("points", placed.leader.map(([x, y]) => `${r1(x)},${r1(y)}`).join(" "));
    const cx = r1((box.x0 + box.x1) / 2);
    const cy = r1((box.y0 + box.y1) / 2);
    if (placed.shape === "dot")
      m.append("circle")
        .attr("class", "tl-shape")
        .attr("cx", cx)
        .attr("cy", cy)
        .attr("r", r1((box.x1 - box.x0) / 2));
    else if (placed.shape === "diamond")
      m.append("path")
        .attr("class", "tl-shape")
        .attr(
          "d",
          `M${cx},${r1(box.y0)}L${r1(box.x1)},${cy}L${cx},${r1(box.y1)}L${r1(box.x0)},${cy}Z`,
        );
    else
      m.append("rect")
        .attr("class", "tl-shape")
        .attr("x", r1(box.x0))
        .attr("y", r1(box.y0))
        .attr("width", r1(box.x1 - box.x0))
        .attr("height", r1(box.y1 - box.y0))
        .attr("rx", 2);
    if (placed.label) drawText(m, placed.label, lang);
  }
  return (svg.node() as SVGSVGElement).outerHTML;
}

/** The drawing across (wide screens), at the width of the page's text column. */
export function renderTimelineSvg(input: TimelineChartInput): string {
  return renderTimelineLayout(input, layoutHorizontal(input), "h");
}

/** The drawing down the page (narrow screens), `width` px wide. */
export function renderTimelineSvgVertical(input: TimelineChartInput, width: number): string {
  return renderTimelineLayout(input, layoutVertical(input, width), `v${width}`);
}
