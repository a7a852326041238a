import { FIGURE_MARKS } from "../charts/marks.ts";
import { parseSvg } from "./parse-svg.ts";

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
  const { root } = parseSvg(svg, "linkFigureMarks");
  if (linkMarks(root, hrefOf).length === 0) return svg;
  nameLinkedDrawing(root);
  return root.outerHTML;
}

/** A figure mark wrapped in its link. */
export interface LinkedMark {
  id: string;
  mark: Element;
  link: Element;
}

/**
 * Wraps each figure mark of `root` that `hrefOf` gives an address in its
 * link, in place (linkFigureMarks' first step); returns the marks linked.
 */
export function linkMarks(root: Element, hrefOf: (id: string) => string | undefined): LinkedMark[] {
  const document = root.ownerDocument;
  const linked: LinkedMark[] = [];
  for (const mark of root.querySelectorAll(FIGURE_MARKS)) {
    const id = mark.getAttribute("data-figure") ?? "";
    const href = hrefOf(id);
    if (!href) continue;
    const a = document.createElementNS(SVG_NS, "a");
    a.setAttribute("href", href);
    a.setAttribute("tabindex", "-1");
    mark.replaceWith(a);
    a.append(mark);
    linked.push({ id, mark, link: a });
  }
  return linked;
}

/**
 * Makes a drawing whose marks are linked a group named by its title and
 * description, its drawn content hidden from assistive technology
 * (linkFigureMarks' second step, when it linked any mark).
 */
export function nameLinkedDrawing(root: Element): void {
  root.setAttribute("role", "group");
  for (const child of root.children) {
    const tag = child.tagName.toLowerCase();
    if (tag !== "title" && tag !== "desc") child.setAttribute("aria-hidden", "true");
  }
}
