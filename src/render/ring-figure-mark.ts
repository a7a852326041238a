import { FIGURE_MARKS } from "../charts/marks.ts";
import { parseSvg } from "./parse-svg.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Clear space between a mark's edge and its ring, and the ring's width, in px. */
const GAP = 3;
const RING = 1.5;
/** Half the height of a period's span (marks.ts draws it 4 px thick). */
const SPAN_HALF = 2;
/** How far a symbol path (a bound's caret) reaches from its centre (marks.ts). */
const CARET_REACH = 10;

/**
 * A chart's <svg> with a ring around the mark of figure `id` (its
 * `data-figure`): what a figure's page draws so its reader finds the
 * figure among the others. The ring is hollow and drawn in the text
 * colour in a group of its own, before the marks, so it hides no other
 * mark and is not itself a mark. A dot gets a circle, a caret (a path
 * placed by `translate`) a circle around its centre, a period's span a
 * rounded rectangle. Returns `svg` unchanged when no mark has that id.
 */
export function ringFigureMark(svg: string, id: string): string {
  const { root } = parseSvg(svg, "ringFigureMark");
  const mark = [...root.querySelectorAll(FIGURE_MARKS)].find(
    (el) => el.getAttribute("data-figure") === id,
  );
  const ring = mark && ringGroup(mark);
  if (!ring) return svg;
  placeRing(root, ring);
  return root.outerHTML;
}

/**
 * The group ringFigureMark adds for `mark`: the ring in the text colour,
 * hollow, hidden from assistive technology; undefined for a mark it cannot
 * ring (neither a dot, a caret nor a span).
 */
export function ringGroup(mark: Element): Element | undefined {
  const document = mark.ownerDocument;
  const ring = ringOf(mark, document);
  if (!ring) return undefined;
  const g = document.createElementNS(SVG_NS, "g");
  g.setAttribute("class", "tp-current");
  g.setAttribute("aria-hidden", "true");
  g.setAttribute("fill", "none");
  g.setAttribute("stroke", "currentColor");
  g.setAttribute("stroke-width", String(RING));
  g.append(ring);
  return g;
}

/**
 * Puts `node` (a ring's group) where ringFigureMark draws a ring: before
 * the first group of marks, so every mark draws over it; last when that
 * group is not a child of the <svg> itself.
 */
export function placeRing(root: Element, node: Node): void {
  const first = root.querySelector('[class*="tp-q-"], .tp-period');
  const before = first?.parentNode === root ? first : null;
  if (before) root.insertBefore(node, before);
  else root.append(node);
}

function ringOf(mark: Element, document: Document): Element | undefined {
  const num = (name: string) => Number(mark.getAttribute(name));
  const circle = (cx: number, cy: number, r: number) => {
    const c = document.createElementNS(SVG_NS, "circle");
    c.setAttribute("cx", String(cx));
    c.setAttribute("cy", String(cy));
    c.setAttribute("r", String(r));
    return c;
  };
  if (mark.localName === "circle") return circle(num("cx"), num("cy"), num("r") + GAP + RING / 2);
  const d = mark.getAttribute("d") ?? "";
  const span = /^M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)$/.exec(d);
  if (span && !mark.hasAttribute("transform")) {
    const [x1, y1, x2, y2] = span.slice(1).map(Number) as [number, number, number, number];
    const pad = SPAN_HALF + GAP + RING / 2;
    const rect = document.createElementNS(SVG_NS, "rect");
    rect.setAttribute("x", String(Math.min(x1, x2) - pad));
    rect.setAttribute("y", String(Math.min(y1, y2) - pad));
    rect.setAttribute("width", String(Math.abs(x2 - x1) + 2 * pad));
    rect.setAttribute("height", String(Math.abs(y2 - y1) + 2 * pad));
    rect.setAttribute("rx", String(pad));
    return rect;
  }
  const at = /translate\(([-\d.]+),([-\d.]+)\)/.exec(mark.getAttribute("transform") ?? "");
  if (at) return circle(Number(at[1]), Number(at[2]), CARET_REACH + GAP + RING / 2);
  return undefined;
}
