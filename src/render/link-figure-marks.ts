import { parseHTML } from "linkedom";
import { FIGURE_MARKS } from "../charts/marks.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A chart's <svg> (from plotToSvg) whose figure marks link to their figure
 * pages: each mark with `data-figure="<id>"` is wrapped in
 * `<a href="hrefOf(id)">` (left alone when hrefOf gives nothing); value
 * labels and leader lines, which carry `data-figure` too, are not links.
 *
 * The links are a shortcut for a pointer or a finger on the drawing. The
 * same links are in the chart's table, reachable from the keyboard and
 * named for screen readers; so, as the second link of a card is, they are
 * kept out of the tab order (tabindex -1) and out of the accessibility
 * tree. An image cannot hold links (its children are presentational, and
 * axe's nested-interactive refuses focusable content in one), so a linked
 * drawing is a group named by its title and description, as the image was,
 * whose drawn content is hidden from assistive technology: a screen reader
 * hears what it heard before.
 */
export function linkFigureMarks(svg: string, hrefOf: (id: string) => string | undefined): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) throw new Error("linkFigureMarks: no <svg> in the markup");
  let linked = 0;
  for (const mark of root.querySelectorAll(FIGURE_MARKS)) {
    const href = hrefOf(mark.getAttribute("data-figure") ?? "");
    if (!href) continue;
    const a = document.createElementNS(SVG_NS, "a");
    a.setAttribute("href", href);
    a.setAttribute("tabindex", "-1");
    mark.replaceWith(a);
    a.append(mark);
    linked++;
  }
  if (linked === 0) return svg;
  root.setAttribute("role", "group");
  for (const child of root.children) {
    const tag = child.tagName.toLowerCase();
    if (tag !== "title" && tag !== "desc") child.setAttribute("aria-hidden", "true");
  }
  return root.outerHTML;
}
