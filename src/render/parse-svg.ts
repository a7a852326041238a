import { parseHTML } from "linkedom";

/**
 * The root <svg> of `svg` markup, parsed as a page's body parses it, in a
 * document of its own that the caller may change and serialize again
 * (`root.outerHTML`). `who` names the caller in the error for markup
 * without an <svg>.
 */
export function parseSvg(svg: string, who: string): { document: Document; root: SVGSVGElement } {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) throw new Error(`${who}: no <svg> in the markup`);
  return { document, root };
}
