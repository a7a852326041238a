import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { normaliseSvg, type SvgMeta } from "./normalise-svg.ts";

// One DOM for every chart of the build: Plot only creates elements on it.
const { document } = parseHTML("<!doctype html><html><body></body></html>");

/**
 * Plot options → the normalised <svg> markup, rendered at build time on a
 * linkedom document (no browser, no client JavaScript).
 */
export function plotToSvg(options: Plot.PlotOptions, meta: SvgMeta): string {
  const node = Plot.plot({ ...options, document: document as unknown as Document });
  if (node.tagName.toLowerCase() !== "svg")
    throw new Error(
      `plotToSvg(${meta.idPrefix}): Plot returned <${node.tagName.toLowerCase()}>; keep titles and legends out of Plot options`,
    );
  return normaliseSvg(node as unknown as Element, meta);
}
