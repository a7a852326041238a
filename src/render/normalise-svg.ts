import { FIGURE_HREF } from "../charts/marks.ts";
import { SLOT_COLOURS } from "../charts/palette.ts";
import { FONT_PX } from "../lib/draw/mark-sizes.ts";

/** What a chart's <svg> says about itself to people who cannot see it. */
export interface SvgMeta {
  /** Prefix for every id in the SVG: unique within the page that inlines it. */
  idPrefix: string;
  title: string;
  desc: string;
}

/** Attributes holding coordinates: rounded so output is stable and small. */
const GEOMETRY = new Set([
  "d",
  "transform",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "viewBox",
  "points",
  "dx",
  "dy",
]);

/** 12.345678 → "12.35"; 49.99999999999999 → "50"; "-0" → "0". */
export function roundNumbers(value: string, decimals = 2): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Number(Number(n).toFixed(decimals));
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function elements(root: Element): Element[] {
  return [root, ...root.querySelectorAll("*")];
}

/**
 * Turns the <svg> Plot made into the SVG the site publishes:
 * - `role="img"` with a <title> and a <desc> stating the figures, named by
 *   aria-labelledby; no `aria-label` on mark groups (axe flags them inside
 *   an image) and no Plot <style> or generated class (the site styles charts);
 * - `font-variant` (refused by the Nu checker) moved to the class `tp-tnum`;
 * - series colours written as `color` attributes from their `tp-s<n>` class,
 *   so the SVG keeps them outside the page, while page CSS can still swap
 *   them for dark mode;
 * - ids renumbered from `idPrefix`, coordinates rounded to 2 decimals, and
 *   `direction="ltr"` so an Arabic page does not mirror the axes' anchors.
 * Returns the serialised <svg>.
 */
export function normaliseSvg(svg: Element, meta: SvgMeta): string {
  const doc = svg.ownerDocument;
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const a of svg.querySelectorAll("a")) {
    const ref = a.getAttribute("href") ?? "";
    if (!ref.startsWith(FIGURE_HREF)) continue;
    for (const child of a.children)
      child.setAttribute("data-figure", ref.slice(FIGURE_HREF.length));
    a.replaceWith(...a.childNodes);
  }
  const ids = new Map<string, string>();
  for (const el of elements(svg)) {
    el.removeAttribute("aria-label");
    if (el.hasAttribute("font-variant")) {
      el.removeAttribute("font-variant");
      el.classList.add("tp-tnum");
    }
    const slot = [...el.classList].map((c) => /^tp-s(\d+)$/.exec(c)?.[1]).find(Boolean);
    const colour = slot === undefined ? undefined : SLOT_COLOURS[Number(slot)]?.light;
    if (colour && colour !== "currentColor") el.setAttribute("color", colour);
    // Plot leaves out a fill equal to its default; say it, so that renderers
    // which resolve currentColor where it is declared (resvg) use the series colour.
    if (slot !== undefined && !el.hasAttribute("fill")) el.setAttribute("fill", "currentColor");
    for (const name of el.getAttributeNames())
      if (GEOMETRY.has(name)) el.setAttribute(name, roundNumbers(el.getAttribute(name) ?? ""));
    const id = el.getAttribute("id");
    if (id) ids.set(id, `${meta.idPrefix}-${ids.size + 1}`);
  }
  for (const el of elements(svg))
    for (const name of el.getAttributeNames()) {
      let value = el.getAttribute(name) ?? "";
      if (name === "id") value = ids.get(value) ?? value;
      else
        for (const [from, to] of ids)
          value =
            value === `#${from}` ? `#${to}` : value.replaceAll(`url(#${from})`, `url(#${to})`);
      el.setAttribute(name, value);
    }

  svg.setAttribute("class", "tp-plot");
  svg.setAttribute("role", "img");
  svg.setAttribute("direction", "ltr");
  svg.setAttribute("font-size", String(FONT_PX));
  svg.setAttribute("aria-labelledby", `${meta.idPrefix}-title ${meta.idPrefix}-desc`);
  const title = doc.createElementNS(svg.namespaceURI, "title");
  title.setAttribute("id", `${meta.idPrefix}-title`);
  title.textContent = meta.title;
  const desc = doc.createElementNS(svg.namespaceURI, "desc");
  desc.setAttribute("id", `${meta.idPrefix}-desc`);
  desc.textContent = meta.desc;
  svg.prepend(title, desc);
  return svg.outerHTML;
}
