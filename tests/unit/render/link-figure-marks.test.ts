import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { FIGURE_HREF } from "../../../src/charts/marks.ts";
import { linkFigureMarks } from "../../../src/render/link-figure-marks.ts";
import { plotToSvg } from "../../../src/render/plot-svg.ts";

// Two figures drawn as Plot draws them for the site (the `href` channel
// carrying FIGURE_HREF + id), and a tick label that is not a figure.
const svg = plotToSvg(
  {
    width: 300,
    height: 200,
    x: { domain: [2010, 2016], tickFormat: "d" },
    marks: [
      Plot.dot(
        [
          { x: 2011, y: 10, id: "casa-2011" },
          { x: 2014, y: 20, id: "rabat-2014" },
        ],
        { x: "x", y: "y", title: () => "t", href: (d: { id: string }) => `${FIGURE_HREF}${d.id}` },
      ),
    ],
  },
  { idPrefix: "tp-x", title: "Emplois", desc: "2011 : 10 ; 2014 : 20." },
);
const parse = (markup: string) =>
  parseHTML(`<html><body>${markup}</body></html>`).document.querySelector("svg");

describe("normaliseSvg keeps which figure each mark is", () => {
  it("as data-figure on the symbol, with no link left in the drawing", () => {
    const root = parse(svg);
    expect(
      [...(root?.querySelectorAll("[data-figure]") ?? [])].map((e) =>
        e.getAttribute("data-figure"),
      ),
    ).toEqual(["casa-2011", "rabat-2014"]);
    expect(root?.querySelectorAll("a").length).toBe(0);
    expect(svg).not.toContain(FIGURE_HREF);
    expect(root?.getAttribute("role")).toBe("img");
  });
});

describe("linkFigureMarks(svg, hrefOf)", () => {
  const linked = linkFigureMarks(svg, (id) => `/fr/chiffres/${id}/`);
  const root = parse(linked);

  it("wraps each figure mark in a link to its page, out of the tab order", () => {
    const links = [...(root?.querySelectorAll("a") ?? [])];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "/fr/chiffres/casa-2011/",
      "/fr/chiffres/rabat-2014/",
    ]);
    expect(links.map((a) => a.getAttribute("tabindex"))).toEqual(["-1", "-1"]);
    expect(links.map((a) => a.firstElementChild?.getAttribute("data-figure"))).toEqual([
      "casa-2011",
      "rabat-2014",
    ]);
    // The tooltip stays on the symbol.
    expect(links[0]?.querySelector("title")?.textContent).toBe("t");
  });

  it("makes the drawing a named group whose drawn content screen readers skip", () => {
    expect(root?.getAttribute("role")).toBe("group");
    expect(root?.getAttribute("aria-labelledby")).toBe("tp-x-title tp-x-desc");
    const children = [...(root?.children ?? [])];
    for (const child of children) {
      const tag = child.tagName.toLowerCase();
      expect(child.getAttribute("aria-hidden"), tag).toBe(
        tag === "title" || tag === "desc" ? null : "true",
      );
    }
  });

  it("links only the figures hrefOf names, and leaves an unlinked drawing as it was", () => {
    const one = parse(linkFigureMarks(svg, (id) => (id === "casa-2011" ? "/x/" : undefined)));
    expect([...(one?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"))).toEqual([
      "/x/",
    ]);
    expect(linkFigureMarks(svg, () => undefined)).toBe(svg);
  });
});

describe("linkFigureMarks and value labels", () => {
  it("links the marks only: a label and its leader line name their figure but are no links", () => {
    const drawing =
      '<svg><g class="tp-s1 tp-q-exact"><circle data-figure="casa-2011" cx="5" cy="5" r="4.5"></circle></g>' +
      '<g class="tp-leader"><line data-figure="casa-2011" x1="5" y1="10" x2="5" y2="20"></line></g>' +
      '<g class="tp-label"><text data-figure="casa-2011">1 500</text></g></svg>';
    const root = parse(linkFigureMarks(drawing, (id) => `/fr/chiffres/${id}/`));
    expect(
      [...(root?.querySelectorAll("a") ?? [])].map((a) => a.firstElementChild?.localName),
    ).toEqual(["circle"]);
    expect(root?.querySelector("text")?.parentElement?.localName).toBe("g");
    expect(root?.querySelector("line")?.parentElement?.localName).toBe("g");
  });
});
