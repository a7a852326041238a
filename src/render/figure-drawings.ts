import { FIGURE_MARKS } from "../charts/marks.ts";
import { linkFigureMarks, linkMarks, nameLinkedDrawing } from "./link-figure-marks.ts";
import { parseSvg } from "./parse-svg.ts";
import { placeRing, ringFigureMark, ringGroup } from "./ring-figure-mark.ts";

/** A figure page's drawing, and whether it rings the page's figure. */
export interface FigureDrawing {
  svg: string;
  ringed: boolean;
}

/** The comment that marks where a ring goes while the drawing is a string. */
const SLOT = "tp-ring-slot";
const SLOT_MARKUP = `<!--${SLOT}-->`;

/**
 * Every figure page's variant of one chart drawing: for figure `id`, what
 * `ringFigureMark(linkFigureMarks(svg, hrefOf but for id), id)` gives —
 * each other figure's mark linked to its page, its own ringed — and
 * whether it rings it.
 *
 * Parsing the drawing twice for every page made the figure pages' build
 * grow as figures × drawing size, that is with the square of the data
 * (#27). So the drawing is parsed once: the ring's place marked, the ring
 * of each figure's first mark drawn, every mark linked, each link's markup
 * as serialized recorded; a page's variant is then string work, its own
 * marks' links taken off and its ring put in its place. Built from the
 * same steps as the pair (linkMarks, nameLinkedDrawing, ringGroup,
 * placeRing), so the rules cannot drift apart. A drawing whose marks are
 * children of the <svg> itself (the accessibility attributes would then
 * fall on them), never drawn by the site, is made page by page by the pair.
 */
export function figureDrawings(
  svg: string,
  hrefOf: (id: string) => string | undefined,
): (id: string) => FigureDrawing {
  const { document, root } = parseSvg(svg, "figureDrawings");
  const marks = [...root.querySelectorAll(FIGURE_MARKS)];
  if (svg.includes(SLOT) || marks.some((m) => m.parentNode === root)) return oneByOne(svg, hrefOf);

  // ringFigureMark rings the first mark of a figure, or none.
  const rings = new Map<string, string | undefined>();
  for (const mark of marks) {
    const id = mark.getAttribute("data-figure") ?? "";
    if (!rings.has(id)) rings.set(id, ringGroup(mark)?.outerHTML);
  }
  // Marked before linking, where it would be after: links hold marks, not groups of marks.
  placeRing(root, document.createComment(SLOT));
  // ringFigureMark's own serialization of a drawing linkFigureMarks left as it was.
  const plain = root.outerHTML;
  const links = linkMarks(root, hrefOf);
  const unlinks = new Map<string, [link: string, mark: string][]>();
  for (const { id, mark, link } of links)
    unlinks.set(id, [...(unlinks.get(id) ?? []), [link.outerHTML, mark.outerHTML]]);
  nameLinkedDrawing(root);
  const linked = root.outerHTML;

  return (id) => {
    const ring = rings.get(id);
    const own = unlinks.get(id) ?? [];
    // No other figure's mark to link: linkFigureMarks gives the drawing back as it was.
    if (own.length === links.length)
      return ring === undefined
        ? { svg, ringed: false }
        : { svg: plain.replace(SLOT_MARKUP, () => ring), ringed: true };
    let page = linked;
    for (const [link, mark] of own) page = page.split(link).join(mark);
    return { svg: page.replace(SLOT_MARKUP, () => ring ?? ""), ringed: ring !== undefined };
  };
}

/** The pair itself, page by page, for a drawing the one-parse path does not handle. */
function oneByOne(
  svg: string,
  hrefOf: (id: string) => string | undefined,
): (id: string) => FigureDrawing {
  return (id) => {
    const linked = linkFigureMarks(svg, (other) => (other === id ? undefined : hrefOf(other)));
    const drawn = ringFigureMark(linked, id);
    return { svg: drawn, ringed: drawn !== linked };
  };
}
