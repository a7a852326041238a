import { describe, expect, it } from "vitest";
import { chartsWithData } from "../../../src/charts/index.ts";
import { FIGURE_MARKS } from "../../../src/charts/marks.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { figurePath } from "../../../src/lib/web/routes.ts";
import { figureDrawings } from "../../../src/render/figure-drawings.ts";
import { linkFigureMarks } from "../../../src/render/link-figure-marks.ts";
import { parseSvg } from "../../../src/render/parse-svg.ts";
import { renderChart } from "../../../src/render/render-chart.ts";
import { ringFigureMark } from "../../../src/render/ring-figure-mark.ts";

const href = (id: string) => `/fr/chiffres/${id}/`;

// Three figures as the site draws them, written as linkedom writes them
// back (attributes in order, empty elements closed with " />"): a period's
// span c, dots a and b in a series group, and b's value label.
const svg =
  '<svg viewBox="0 0 300 200" role="img"><title>t</title><desc>d</desc>' +
  '<g class="tp-s1 tp-period" stroke-width="4"><path data-figure="c" d="M35,100L135,100" /></g>' +
  '<g class="tp-s1 tp-q-exact"><circle data-figure="a" cx="50" cy="60" r="4.5" />' +
  '<circle data-figure="b" cx="80" cy="40" r="4.5" /></g>' +
  '<g class="tp-label"><text data-figure="b">51</text></g></svg>';

describe("figureDrawings(svg, hrefOf)(id)", () => {
  const drawingOf = figureDrawings(svg, href);

  it("links every other figure's mark, leaves its own unlinked and rings it before the marks", () => {
    expect(drawingOf("b")).toEqual({
      ringed: true,
      svg:
        '<svg viewBox="0 0 300 200" role="group"><title>t</title><desc>d</desc>' +
        '<g stroke-width="1.5" stroke="currentColor" fill="none" aria-hidden="true" class="tp-current">' +
        '<circle r="8.25" cy="40" cx="80" /></g>' +
        '<g aria-hidden="true" class="tp-s1 tp-period" stroke-width="4">' +
        '<a tabindex="-1" href="/fr/chiffres/c/"><path data-figure="c" d="M35,100L135,100" /></a></g>' +
        '<g aria-hidden="true" class="tp-s1 tp-q-exact">' +
        '<a tabindex="-1" href="/fr/chiffres/a/"><circle data-figure="a" cx="50" cy="60" r="4.5" /></a>' +
        '<circle data-figure="b" cx="80" cy="40" r="4.5" /></g>' +
        '<g aria-hidden="true" class="tp-label"><text data-figure="b">51</text></g></svg>',
    });
  });

  it("rings a span with a rounded rectangle, its own link taken off and the others kept", () => {
    expect(drawingOf("c").svg).toBe(
      '<svg viewBox="0 0 300 200" role="group"><title>t</title><desc>d</desc>' +
        '<g stroke-width="1.5" stroke="currentColor" fill="none" aria-hidden="true" class="tp-current">' +
        '<rect rx="5.75" height="11.5" width="111.5" y="94.25" x="29.25" /></g>' +
        '<g aria-hidden="true" class="tp-s1 tp-period" stroke-width="4">' +
        '<path data-figure="c" d="M35,100L135,100" /></g>' +
        '<g aria-hidden="true" class="tp-s1 tp-q-exact">' +
        '<a tabindex="-1" href="/fr/chiffres/a/"><circle data-figure="a" cx="50" cy="60" r="4.5" /></a>' +
        '<a tabindex="-1" href="/fr/chiffres/b/"><circle data-figure="b" cx="80" cy="40" r="4.5" /></a></g>' +
        '<g aria-hidden="true" class="tp-label"><text data-figure="b">51</text></g></svg>',
    );
  });

  it("links every mark and rings none for a figure the drawing does not draw", () => {
    expect(drawingOf("nowhere")).toEqual({
      ringed: false,
      svg:
        '<svg viewBox="0 0 300 200" role="group"><title>t</title><desc>d</desc>' +
        '<g aria-hidden="true" class="tp-s1 tp-period" stroke-width="4">' +
        '<a tabindex="-1" href="/fr/chiffres/c/"><path data-figure="c" d="M35,100L135,100" /></a></g>' +
        '<g aria-hidden="true" class="tp-s1 tp-q-exact">' +
        '<a tabindex="-1" href="/fr/chiffres/a/"><circle data-figure="a" cx="50" cy="60" r="4.5" /></a>' +
        '<a tabindex="-1" href="/fr/chiffres/b/"><circle data-figure="b" cx="80" cy="40" r="4.5" /></a></g>' +
        '<g aria-hidden="true" class="tp-label"><text data-figure="b">51</text></g></svg>',
    });
  });

  it("gives each page its own variant, whatever order the pages ask in", () => {
    const again = figureDrawings(svg, href);
    const b = again("b");
    expect(again("a")).not.toEqual(b);
    expect(again("b")).toEqual(b);
    expect(b).toEqual(drawingOf("b"));
  });
});

describe("figureDrawings: drawings the pair leaves as they were", () => {
  // Not as linkedom writes it back ("></circle>"), so that a drawing given
  // back as it was is told from one parsed and written again.
  const lone =
    '<svg viewBox="0 0 100 100" role="img"><title>t</title>' +
    '<g class="tp-s1 tp-q-exact"><circle data-figure="a" cx="10" cy="20" r="4.5"></circle></g></svg>';

  it("with no other figure's mark to link, is no group and only gains the ring", () => {
    expect(figureDrawings(lone, href)("a")).toEqual({
      ringed: true,
      svg:
        '<svg viewBox="0 0 100 100" role="img"><title>t</title>' +
        '<g stroke-width="1.5" stroke="currentColor" fill="none" aria-hidden="true" class="tp-current">' +
        '<circle r="8.25" cy="20" cx="10" /></g>' +
        '<g class="tp-s1 tp-q-exact"><circle data-figure="a" cx="10" cy="20" r="4.5" /></g></svg>',
    });
  });

  it("with nothing to link and nothing to ring, is the very same markup", () => {
    const shapeless =
      '<svg viewBox="0 0 100 100"><g class="tp-s1 tp-q-exact"><rect data-figure="a" x="1" y="2" width="3" height="4"></rect></g></svg>';
    expect(figureDrawings(shapeless, href)("a")).toEqual({ svg: shapeless, ringed: false });
    expect(figureDrawings(lone, () => undefined)("nowhere")).toEqual({ svg: lone, ringed: false });
  });

  it("rings no mark it has no ring for (a rect), and still links the others", () => {
    const withRect = svg.replace(
      '<circle data-figure="b" cx="80" cy="40" r="4.5" />',
      '<rect data-figure="b" x="76" y="36" width="8" height="8" />',
    );
    const { svg: drawn, ringed } = figureDrawings(withRect, href)("b");
    expect(ringed).toBe(false);
    expect(drawn).not.toContain("tp-current");
    expect(drawn).toContain('<rect data-figure="b" x="76" y="36" width="8" height="8" /></g>');
    expect(drawn).toContain('<a tabindex="-1" href="/fr/chiffres/a/">');
  });

  it("unlinks every mark of its figure and rings the first", () => {
    const twice = svg.replace('data-figure="c"', 'data-figure="b"');
    const { svg: drawn, ringed } = figureDrawings(twice, href)("b");
    expect(ringed).toBe(true);
    expect(drawn).not.toContain("/fr/chiffres/b/");
    // The span's ring (the first mark of b), not the dot's.
    expect(drawn).toContain('<rect rx="5.75" height="11.5" width="111.5" y="94.25" x="29.25" />');
    expect(drawn).not.toContain('<circle r="8.25"');
  });

  // The one-parse path would leave the page's own mark without the
  // aria-hidden its link carried: such a drawing is made by the pair.
  it("makes a drawing whose marks are children of the <svg> as the pair does", () => {
    const bare =
      '<svg viewBox="0 0 100 100"><title>t</title><circle data-figure="a" cx="10" cy="20" r="4.5" />' +
      '<circle data-figure="b" cx="30" cy="20" r="4.5" /></svg>';
    const { svg: drawn } = figureDrawings(bare, href)("a");
    expect(drawn).toBe(
      '<svg role="group" viewBox="0 0 100 100"><title>t</title><circle aria-hidden="true" data-figure="a" cx="10" cy="20" r="4.5" />' +
        '<a aria-hidden="true" tabindex="-1" href="/fr/chiffres/b/"><circle data-figure="b" cx="30" cy="20" r="4.5" /></a>' +
        '<g stroke-width="1.5" stroke="currentColor" fill="none" aria-hidden="true" class="tp-current">' +
        '<circle r="8.25" cy="20" cx="10" /></g></svg>',
    );
  });
});

describe("figureDrawings on the latest release", () => {
  const { dataset } = siteData();
  // What each figure page drew before, parsing the drawing twice a page.
  const pair = (narrow: string, id: string, hrefOf: (id: string) => string) => {
    const linked = linkFigureMarks(narrow, (o) => (o === id ? undefined : hrefOf(o)));
    const drawn = ringFigureMark(linked, id);
    return { svg: drawn, ringed: drawn !== linked };
  };

  it("gives every figure of every chart drawing, in each language, what the pair gives", () => {
    let compared = 0;
    let ringed = 0;
    for (const lang of LANGS) {
      const hrefOf = (id: string) => figurePath(lang, id);
      for (const { slug } of chartsWithData(dataset))
        for (const { narrow } of renderChart(dataset, lang, slug).panels) {
          if (!narrow) continue;
          const drawingOf = figureDrawings(narrow, hrefOf);
          const ids = [...parseSvg(narrow, "test").root.querySelectorAll(FIGURE_MARKS)].map(
            (m) => m.getAttribute("data-figure") ?? "",
          );
          for (const id of [...new Set(ids), "not-drawn-here"]) {
            const drawn = drawingOf(id);
            expect(drawn, `${lang} ${slug} ${id}`).toEqual(pair(narrow, id, hrefOf));
            compared++;
            if (drawn.ringed) ringed++;
          }
        }
    }
    // Every drawn figure of the release, in three languages, most of them ringed.
    expect(compared).toBeGreaterThan(3 * dataset.observations.length * 0.5);
    expect(ringed).toBeGreaterThan(compared / 2);
  });
});
