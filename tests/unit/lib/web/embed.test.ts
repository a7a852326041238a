import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartsWithData } from "../../../../src/charts/index.ts";
import { paletteCss, SLOT_COLOURS } from "../../../../src/charts/palette.ts";
import { LANGS } from "../../../../src/i18n/index.ts";
import { embedSnippet, fallbackHeight, type EmbedLayout } from "../../../../src/lib/web/embed.ts";
import { svgAspect } from "../../../../src/views/embed-layout.ts";
import { embedRoutes } from "../../../../src/views/embed-routes.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    src: "https://example.org/embed/1.0.0/fr/emplois/",
    script: "https://example.org/embed/v1/autoheight.js",
    slug: "emplois",
    title: 'Emplois "2016" <b>',
    height: 620,
  });

  it("is an iframe the host script can find, with a fixed height, and the script once", () => {
    const { document } = parseHTML(`<body>${snippet}</body>`);
    const frame = document.querySelector("iframe");
    expect(frame?.getAttribute("src")).toBe("https://example.org/embed/1.0.0/fr/emplois/");
    expect(frame?.getAttribute("data-technopark-chart")).toBe("emplois");
    expect(frame?.getAttribute("height")).toBe("620");
    expect(frame?.getAttribute("title")).toBe('Emplois "2016" <b>');
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(document.querySelector("script")?.getAttribute("src")).toBe(
      "https://example.org/embed/v1/autoheight.js",
    );
  });
});

describe("fallbackHeight(layout)", () => {
  // A chart of one drawing: 640 × 360 wide, 320 × 300 narrow, a short title and key.
  const layout: EmbedLayout = {
    title: "Emplois",
    panels: [{ wide: 360 / 640, narrow: 300 / 320 }],
    key: ["chiffre publié"],
    credit: ["Source : Le360", "Technopark en chiffres, données v2.0.0 · Voir le graphique"],
  };

  it("holds the narrow drawing at its widest (28rem = 448 px) with the padding", () => {
    // 2 × 12 px padding + 448 × 300 / 320 = 444 px for the drawing alone.
    expect(fallbackHeight(layout)).toBeGreaterThan(444 + 24);
    expect(fallbackHeight(layout) % 10).toBe(0);
  });

  it("grows with a second drawing by at least that drawing at 448 px", () => {
    const two: EmbedLayout = {
      ...layout,
      panels: [...layout.panels, { title: "Autre", wide: 0.5, narrow: 1 }],
    };
    expect(fallbackHeight(two) - fallbackHeight(layout)).toBeGreaterThanOrEqual(448);
  });

  it("grows when a long source line wraps", () => {
    const publishers = Array.from({ length: 20 }, (_, i) => `Publisher ${i}`).join(" ; ");
    const long: EmbedLayout = { ...layout, credit: [`Source : ${publishers}`, "v2.0.0"] };
    // About 290 characters: 5 lines even at 576 px, where the drawing is
    // tallest (4 more lines of 20.9 px than one).
    expect(fallbackHeight(long) - fallbackHeight(layout)).toBeGreaterThan(4 * 20);
  });

  it("sizes a big number's card by its text", () => {
    const card: EmbedLayout = {
      ...layout,
      key: [],
      panels: [{ card: ["10 %", "Part du marché", "Casablanca · 2011", "« 10% du marché »"] }],
    };
    expect(fallbackHeight(card)).toBeLessThan(fallbackHeight(layout));
    expect(fallbackHeight(card)).toBeGreaterThan(200);
  });
});

describe("svgAspect(svg)", () => {
  it("reads height / width from the viewBox, else from width and height", () => {
    expect(svgAspect('<svg role="img" viewBox="0 0 640 360" height="360" width="640">')).toBe(
      0.5625,
    );
    expect(svgAspect('<svg width="320" height="400">')).toBe(1.25);
    expect(() => svgAspect("<svg>")).toThrow(/no size/);
  });
});

describe("embedRoutes", () => {
  const data = siteData();
  const routes = embedRoutes(data);

  it("has every chart of every release in every language, and latest for the newest", () => {
    for (const r of data.releases) {
      const dataset = data.datasets.get(r.version);
      if (!dataset) throw new Error(r.version);
      const slugs = chartsWithData(dataset).map((c) => c.slug);
      for (const lang of LANGS)
        expect(
          routes
            .filter((x) => x.params.version === r.version && x.params.lang === lang)
            .map((x) => x.params.chart),
        ).toEqual(slugs);
    }
    const latest = routes.filter((x) => x.params.version === "latest");
    expect(latest.every((x) => x.props.version === data.latest.version)).toBe(true);
    expect(latest.length).toBe(
      routes.filter((x) => x.params.version === data.latest.version).length,
    );
  });

  it("pins each version to that version's own dataset", () => {
    for (const route of routes.filter((x) => x.params.version !== "latest"))
      expect(route.props.dataset).toBe(data.datasets.get(route.params.version));
  });
});

describe("palette.css in embeds", () => {
  const css = paletteCss();
  it.each(SLOT_COLOURS.map((c, i) => [i, c] as const).filter(([i]) => i > 0))(
    "forces series %i to its palette colour in both themes",
    (slot, colour) => {
      expect(css).toContain(
        `html[data-theme="light"] .tp-plot .tp-s${slot} {\n  color: ${colour.light.toLowerCase()};`,
      );
      expect(css).toContain(
        `html[data-theme="dark"] .tp-plot .tp-s${slot} {\n  color: ${colour.dark.toLowerCase()};`,
      );
    },
  );

  it("is linked from the embed layout", () => {
    expect(readFileSync("src/layouts/Embed.astro", "utf8")).toContain(
      '<link rel="stylesheet" href={paletteCssPath()} />',
    );
  });
});
