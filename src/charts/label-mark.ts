import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/index.ts";
import { svgText, wrapLabel } from "./labels.ts";
import type { ValueAxis } from "./marks.ts";
import { placeLabels, type Box } from "./place-labels.ts";
import { textWidth } from "../lib/draw/text-width.ts";
import { DOT_R, FONT_PX, STROKE } from "../lib/draw/mark-sizes.ts";

/** A label in data units: the mark it names at (x, y), or a span from x to x2. */
export interface LabelDatum {
  x: number;
  x2?: number | undefined;
  y: number;
  text: string;
  /** The observation ids of the figures it names: its `data-figure`, and its own marks. */
  figures: readonly string[];
  /** Whether a figure it names is a bound, drawn as a caret (larger than a dot). */
  bound?: boolean;
}

/** A mark of the chart in data units: a figure's point, or its span from x to x2. */
export interface MarkAt {
  x: number;
  x2?: number | undefined;
  y: number | string;
  obs: { id: string; qualifier: string };
}

export interface LabelOptions {
  /** The marks of the chart in data units (points, or spans with x2): no label may cover one. */
  obstacles: readonly MarkAt[];
  /** Line width for wrapping (wrapLabel), in ems of the labels' font. */
  lineWidth: number;
  /** The labels' language: Arabic lines are embedded right to left once wrapped. */
  lang: Lang;
  /** Which way values run (marks.ts): where a caret points. */
  axis: ValueAxis;
}

const LINE_HEIGHT = 1.15;
/**
 * Half the width and height of a figure's symbol — a dot of radius 4.5; a
 * bound's caret, Plot's triangle of r 6.3, reaches 8.5 px aside, 9.8 px
 * from its centre toward its tip and 4.9 px toward its base — and of a
 * span's stroke, each with its stroke.
 */
const DOT_HALF = DOT_R + STROKE.hollow / 2;
const CARET_RX = 9;
const CARET_RY = 10.5;
const CARET_BASE = 5.5;
const SPAN_R = 3;
const isBound = (qualifier: string) => qualifier !== "exact" && qualifier !== "approx";
const SVG_NS = "http://www.w3.org/2000/svg";

export const markBox = (x0: number, x1: number, y: number, span: boolean, bound = false): Box => {
  const rx = span ? SPAN_R : bound ? CARET_RX : DOT_HALF;
  const ry = span ? SPAN_R : bound ? CARET_RY : DOT_HALF;
  return { x0: Math.min(x0, x1) - rx, x1: Math.max(x0, x1) + rx, y0: y - ry, y1: y + ry };
};

/**
 * The box (px) of mark `m` drawn with the scales `sx` and `sy` on a chart
 * whose values run `axis`: a caret's box reaches farther on the side it
 * points to (toward larger values for "more than", marks.ts), so a leader
 * line leaving from its base starts at the base.
 */
export function boxOf(
  m: MarkAt,
  sx: (v: number) => number,
  sy: (v: number) => number,
  axis: ValueAxis = "up",
): Box {
  const b = markBox(
    sx(m.x),
    sx(m.x2 ?? m.x),
    sy(Number(m.y)),
    m.x2 !== undefined,
    isBound(m.obs.qualifier),
  );
  if (m.x2 !== undefined || !isBound(m.obs.qualifier)) return b;
  const more = m.obs.qualifier === "more_than";
  const x = sx(m.x);
  const y = sy(Number(m.y));
  if (axis === "up")
    return more
      ? { x0: x - CARET_RX, x1: x + CARET_RX, y0: y - CARET_RY, y1: y + CARET_BASE }
      : { x0: x - CARET_RX, x1: x + CARET_RX, y0: y - CARET_BASE, y1: y + CARET_RY };
  return more
    ? { x0: x - CARET_BASE, x1: x + CARET_RY, y0: y - CARET_RX, y1: y + CARET_RX }
    : { x0: x - CARET_RY, x1: x + CARET_BASE, y0: y - CARET_RX, y1: y + CARET_RX };
}

/**
 * Value labels placed with Plot's own scales: a text mark whose render
 * transform lets Plot draw and wrap the labels (`lineWidth`), then measures
 * each wrapped line, places every label beside its mark where it meets no
 * other label and no mark, within the plot frame (placeLabels), with a
 * leader line when it had to be set apart, and leaves out a label with no
 * room or none where it reads as its own figures' (nearest to their marks,
 * or joined to one by its leader). Each label and its leader line carry
 * `data-figure`: the ids of the figures it names, space-separated, so a
 * test can tell which mark a label belongs to. Labels come in `labels`
 * order, the most important first.
 */
export function labelMark(labels: readonly LabelDatum[], options: LabelOptions): Plot.Markish {
  return Plot.text(labels, {
    x: "x",
    y: "y",
    // Wrapped here, not by Plot (which breaks at hyphens and cuts nothing
    // it measures as we do): breaks at spaces only, names whole (wrapLabel).
    text: (d: LabelDatum) => wrapLabel(d.text, options.lineWidth * FONT_PX, FONT_PX).join("\n"),
    lineWidth: Infinity,
    lineAnchor: "middle",
    lineHeight: LINE_HEIGHT,
    fill: "currentColor",
    stroke: "white",
    strokeWidth: 3,
    paintOrder: "stroke",
    className: "tp-label",
    render(index, scales, values, dimensions, context, next) {
      const g = next?.(index, scales, values, dimensions, context);
      if (!g) return null;
      const sx = scales.x as (v: number) => number;
      const sy = scales.y as (v: number) => number;
      const frame: Box = {
        x0: dimensions.marginLeft,
        y0: dimensions.marginTop,
        x1: dimensions.width - dimensions.marginRight,
        y1: dimensions.height - dimensions.marginBottom,
      };
      const texts = [...g.children].filter((el) => el.localName === "text");
      const lines = texts.map((el) => {
        const spans = [...el.children].filter((c) => c.localName === "tspan");
        return spans.length > 0 ? spans : [el];
      });
      const obstacles = options.obstacles.map((o) => boxOf(o, sx, sy, options.axis));
      const requests = Array.from(index, (i, k) => {
        const d = labels[i] as LabelDatum;
        const own = options.obstacles.flatMap((o, j) => (d.figures.includes(o.obs.id) ? [j] : []));
        const n = lines[k]?.length ?? 1;
        const width = Math.max(
          ...(lines[k] ?? []).map((l) => textWidth(l.textContent ?? "", FONT_PX)),
        );
        return {
          // The marks it names, taken together (one spot); a label naming none, its point.
          target:
            own.length > 0
              ? own
                  .map((j) => obstacles[j] as Box)
                  .reduce((a, b) => ({
                    x0: Math.min(a.x0, b.x0),
                    y0: Math.min(a.y0, b.y0),
                    x1: Math.max(a.x1, b.x1),
                    y1: Math.max(a.y1, b.y1),
                  }))
              : markBox(sx(d.x), sx(d.x2 ?? d.x), sy(d.y), d.x2 !== undefined, d.bound),
          width,
          height: n * FONT_PX * LINE_HEIGHT + 2,
          own,
        };
      });
      const placements = placeLabels(requests, obstacles, frame);
      const doc = g.ownerDocument;
      const leaders = doc.createElementNS(SVG_NS, "g");
      leaders.setAttribute("class", "tp-leader");
      leaders.setAttribute("stroke", "currentColor");
      leaders.setAttribute("stroke-opacity", "0.6");
      texts.forEach((el, k) => {
        const at = placements[k];
        if (!at) return el.remove();
        el.setAttribute("transform", `translate(${at.x},${at.y})`);
        el.setAttribute("text-anchor", at.anchor);
        const figures = (labels[index[k] ?? 0] as LabelDatum).figures.join(" ");
        el.setAttribute("data-figure", figures);
        // Each line, balanced by wrapLabel, embedded on its own.
        for (const l of lines[k] ?? []) l.textContent = svgText(l.textContent ?? "", options.lang);
        if (at.leader) {
          const line = doc.createElementNS(SVG_NS, "line");
          for (const [name, v] of Object.entries(at.leader)) line.setAttribute(name, String(v));
          line.setAttribute("data-figure", figures);
          leaders.append(line);
        }
      });
      const wrap = doc.createElementNS(SVG_NS, "g");
      wrap.append(leaders, g);
      return wrap;
    },
  });
}
