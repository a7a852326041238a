import * as d3 from "d3";
import { parseHTML } from "linkedom";
import { svgText } from "../charts/labels.ts";
import { textWidth } from "../lib/draw/text-width.ts";
import { cutWord, ellipsize, fillLines } from "../lib/format/cut-word.ts";
import type { Lang } from "../i18n/index.ts";
import { moroccoShapes } from "../lib/geo/morocco.ts";
import { roundNumbers } from "./normalise-svg.ts";
import { DOT_R, FONT_PX } from "../lib/draw/mark-sizes.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Sizes in the SVG's units. The drawing is WIDTH units wide and shown at
 * most that many CSS px on a 320 px screen (the page's text column there),
 * and larger from there up: a FONT-unit text is at least FONT CSS px.
 */
export const MAP_WIDTH = 288;
export const MAP_FONT = FONT_PX;
const LINE = 14;
/** Labels sit in the Atlantic, in a column left of the map, right-aligned on LABEL_RIGHT. */
const LABEL_RIGHT = 118;
const LABEL_WIDTH = LABEL_RIGHT - 4;
const MAP_LEFT = 128;
const GAP = 6;
const MARK_R = DOT_R;
/** A planned city's mark: a dashed ring, under the parks' dots (a plan near a park rings it). */
const PLAN_R = 3.5;
/** Planned cities' labels: a column at the drawing's right edge, at most this wide. */
const PLAN_LABEL_WIDTH = 110;

/** One park as the map shows it. */
export interface MapPark {
  id: string;
  href: string;
  name: string;
  /** "Ouvert en 2001", then the figure line where one is published. */
  details: string[];
  lon: number;
  lat: number;
  /** The park whose page shows the map: drawn larger. */
  current?: boolean;
}

/** A city named by plans where no park is open, as the map shows it: apart from the parks. */
export interface MapPlan {
  id: string;
  /** Where its plans are told (the timeline, at its latest plan). */
  href: string;
  name: string;
  lon: number;
  lat: number;
}

export interface ParkMapInput {
  /** Prefix of the SVG's ids, unique in its page. */
  id: string;
  lang: Lang;
  title: string;
  desc: string;
  parks: MapPark[];
  plans?: MapPlan[];
}

/** A path without the line-to points that repeat the point before them (left by rounding). */
export function dropRepeats(d: string): string {
  let last = "";
  return d.replace(/([MLZ])([^MLZ]*)/g, (all, cmd: string, at: string) => {
    const same = cmd === "L" && at === last;
    if (cmd !== "Z") last = at;
    return same ? "" : all;
  });
}

/** Lines a map label may take: a longer one ends its last line with "…" (the table under the map has the whole). */
export const LABEL_MAX_LINES = 3;

/**
 * `text` in lines no wider than `width` at MAP_FONT, at most
 * LABEL_MAX_LINES: a word longer than a line is cut (cutWord), never left
 * to run off the drawing, and what does not fit ends in "…" (ellipsize).
 */
export function wrapLabel(text: string, width: number, bold = false): string[] {
  const measure = (s: string) => textWidth(s, MAP_FONT) * (bold ? 1.08 : 1);
  const fits = (s: string) => measure(s) <= width;
  const lines = fillLines(
    text
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => cutWord(w, fits)),
    fits,
  );
  if (lines.length <= LABEL_MAX_LINES) return lines;
  const kept = lines.slice(0, LABEL_MAX_LINES);
  kept[LABEL_MAX_LINES - 1] = ellipsize(
    `${kept[LABEL_MAX_LINES - 1]} ${lines[LABEL_MAX_LINES]}`,
    fits,
  );
  return kept;
}

/**
 * Morocco whole (Southern Provinces included, no inner line), its
 * neighbours pale, the sea around, and a mark per park linked to its page,
 * each with its label (name, opening year, figure) in a column over the
 * Atlantic, stacked north to south so no two overlap, a leader line to its
 * mark. Parks of one city are drawn side by side. Colours come from CSS
 * classes (tp-map-*) and the site's variables, so light and dark work; the
 * output is reproducible (coordinates to 0.1 unit).
 */
export function renderParkMap(input: ParkMapInput): string {
  const { morocco, neighbours } = moroccoShapes();
  const mapHeight = 190;
  const projection = d3.geoMercator().fitExtent(
    [
      [MAP_LEFT, GAP],
      [MAP_WIDTH - GAP, mapHeight - GAP],
    ],
    morocco,
  );
  const [, mapBottom] = d3.geoPath(projection).bounds(morocco)[1];

  // Marks: parks of one place side by side, centred on it.
  const byPlace = d3.group(input.parks, (p) => `${p.lon},${p.lat}`);
  const marks = input.parks.map((park) => {
    const siblings = byPlace.get(`${park.lon},${park.lat}`) ?? [park];
    const i = siblings.indexOf(park);
    const [x = 0, y = 0] = projection([park.lon, park.lat]) ?? [];
    return { park, x: x + (i - (siblings.length - 1) / 2) * (MARK_R * 2 + 1), y };
  });

  // Labels: north to south, each as near its mark's height as the one above allows.
  let bottom = 0;
  const labels = [...marks]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((m) => {
      const lines = [
        ...wrapLabel(m.park.name, LABEL_WIDTH, true).map((text) => ({ text, name: true })),
        ...m.park.details.flatMap((d) =>
          wrapLabel(d, LABEL_WIDTH).map((text) => ({ text, name: false })),
        ),
      ];
      const height = lines.length * LINE;
      const top = Math.max(m.y - LINE / 2 - 2, bottom + (bottom > 0 ? GAP : 2));
      bottom = top + height;
      return { m, lines, top };
    });
  const plans = layoutPlans(input.plans ?? [], projection, [
    ...marks.map((m) => ({ x: m.x, y: m.y, r: MARK_R + 1.5 })),
  ]);
  const height = Math.ceil(Math.max(mapBottom ?? mapHeight, bottom, plans.bottom) + GAP);

  const projectionClipped = projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const path = d3.geoPath(projectionClipped);
  // Whole units for the neighbours (a unit is a CSS px at 320 px), tenths
  // for Morocco: the drawing stays under 10 KB gzip.
  const d = (shape: d3.GeoPermissibleObjects, decimals = 0) =>
    dropRepeats(roundNumbers(path(shape) ?? "", decimals));

  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = d3.select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement);
  svg
    .attr("xmlns", SVG_NS)
    .attr("class", "tp-plot tp-map")
    .attr("role", "group")
    .attr("aria-labelledby", `${input.id}-title ${input.id}-desc`)
    .attr("viewBox", `0 0 ${MAP_WIDTH} ${height}`)
    .attr("width", MAP_WIDTH)
    .attr("height", height)
    .attr("font-size", MAP_FONT)
    .attr("direction", "ltr");
  svg.append("title").attr("id", `${input.id}-title`).text(input.title);
  svg.append("desc").attr("id", `${input.id}-desc`).text(input.desc);
  svg.append("rect").attr("class", "tp-map-sea").attr("width", MAP_WIDTH).attr("height", height);
  const land = svg.append("g").attr("class", "tp-map-neighbours");
  for (const n of neighbours) {
    const shape = d(n);
    if (shape) land.append("path").attr("d", shape);
  }
  svg.append("path").attr("class", "tp-map-morocco").attr("d", d(morocco, 1));

  const leaders = svg.append("g").attr("class", "tp-map-leaders");
  const texts = svg.append("g").attr("class", "tp-map-labels");
  for (const { m, lines, top } of labels) {
    const y = top + LINE / 2;
    leaders
      .append("polyline")
      .attr(
        "points",
        `${LABEL_RIGHT + 2},${(y - 1).toFixed(1)} ${(MAP_LEFT - 4).toFixed(1)},${(y - 1).toFixed(1)} ${m.x.toFixed(1)},${m.y.toFixed(1)}`,
      );
    const a = texts.append("a").attr("href", m.park.href).attr("tabindex", -1);
    const text = a
      .append("text")
      .attr("x", LABEL_RIGHT)
      .attr("y", (top + LINE - 3).toFixed(1))
      .attr("text-anchor", "end");
    lines.forEach((line, i) =>
      text
        .append("tspan")
        .attr("x", LABEL_RIGHT)
        .attr("dy", i === 0 ? null : LINE)
        .attr("class", line.name ? "tp-map-name" : null)
        .text(svgText(line.text, input.lang)),
    );
  }

  // Planned cities: dashed leaders to a column of names at the right edge,
  // hollow dashed rings drawn before the parks' dots, so a park is never hidden.
  if (plans.labels.length > 0) {
    const planLeaders = svg.append("g").attr("class", "tp-map-plan-leaders");
    const planTexts = svg.append("g").attr("class", "tp-map-plan-labels");
    for (const { m, lines, top } of plans.labels) {
      const y = top + LINE / 2;
      planLeaders
        .append("polyline")
        .attr(
          "points",
          `${plans.left - 2},${(y - 1).toFixed(1)} ${plans.left - 6},${(y - 1).toFixed(1)} ${m.x.toFixed(1)},${m.y.toFixed(1)}`,
        );
      const text = planTexts
        .append("a")
        .attr("href", m.plan.href)
        .attr("tabindex", -1)
        .append("text")
        .attr("x", plans.left)
        .attr("y", (top + LINE - 3).toFixed(1));
      lines.forEach((line, i) =>
        text
          .append("tspan")
          .attr("x", plans.left)
          .attr("dy", i === 0 ? null : LINE)
          .text(svgText(line, input.lang)),
      );
    }
    const rings = svg.append("g").attr("class", "tp-q-plan");
    for (const { plan, x, y } of plans.marks)
      rings
        .append("a")
        .attr("href", plan.href)
        .attr("tabindex", -1)
        .append("circle")
        .attr("cx", x.toFixed(1))
        .attr("cy", y.toFixed(1))
        .attr("r", PLAN_R)
        .append("title")
        .text(plan.name);
  }

  // Marks last, above the lines that lead to them.
  const g = svg.append("g").attr("class", "tp-q-park");
  for (const { park, x, y } of marks)
    g.append("a")
      .attr("href", park.href)
      .attr("tabindex", -1)
      .attr("class", park.current ? "tp-map-current" : null)
      .append("circle")
      .attr("cx", x.toFixed(1))
      .attr("cy", y.toFixed(1))
      .attr("r", park.current ? MARK_R + 1.5 : MARK_R)
      .append("title")
      .text(park.name);
  // As a chart with linked marks (link-figure-marks.ts): a group named by
  // its title and description, whose drawing is hidden from assistive
  // technology and whose links stay out of the tab order; the map's table
  // holds the same links for the keyboard and screen readers.
  svg.selectChildren(":not(title):not(desc)").attr("aria-hidden", "true");
  return (svg.node() as SVGSVGElement).outerHTML;
}

/**
 * The planned cities' marks and labels: a column of names left-aligned at
 * the drawing's right edge, starting below every mark that reaches the
 * column (so no name covers a park or a plan), west first: leaders from
 * the column fan out to the east without crossing one another (a leader
 * passing behind a name above is masked by the name's halo, tp-map-plan-labels).
 */
function layoutPlans(
  plans: readonly MapPlan[],
  projection: d3.GeoProjection,
  parkMarks: readonly { x: number; y: number; r: number }[],
) {
  const marks = plans.map((plan) => {
    const [x = 0, y = 0] = projection([plan.lon, plan.lat]) ?? [];
    return { plan, x, y };
  });
  const width = Math.min(
    PLAN_LABEL_WIDTH,
    // A tenth more than the estimate: names are set in italics (and Arabic
    // in its own font), and the column ends at the drawing's edge.
    Math.max(0, ...plans.map((p) => textWidth(p.name, MAP_FONT) * 1.1)),
  );
  const left = MAP_WIDTH - GAP - width;
  const inColumn = [...parkMarks, ...marks.map((m) => ({ ...m, r: PLAN_R }))].filter(
    (m) => m.x + m.r >= left - 6,
  );
  let bottom = Math.max(0, ...inColumn.map((m) => m.y + m.r)) + GAP;
  const labels = [...marks]
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((m) => {
      const lines = wrapLabel(m.plan.name, width);
      const top = bottom;
      bottom = top + lines.length * LINE;
      return { m, lines, top };
    });
  return { marks, labels, left, bottom: labels.length > 0 ? bottom : 0 };
}
