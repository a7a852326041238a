import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartsWithData } from "../../src/charts/index.ts";
import { paletteCss, SLOT_COLOURS } from "../../src/charts/palette.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { embedSnippet, fallbackHeight } from "../../src/lib/web/embed.ts";
import { embedRoutes } from "../../src/views/embed-routes.ts";
import { siteData } from "../../src/lib/data/site-data.ts";

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

describe("fallbackHeight", () => {
  it("grows with each drawn panel more than with a big number", () => {
    const one = fallbackHeight([{ drawn: true }]);
    expect(fallbackHeight([{ drawn: true }, { drawn: true }])).toBeGreaterThan(
      fallbackHeight([{ drawn: true }, { drawn: false }]),
    );
    expect(fallbackHeight([{ drawn: false }])).toBeLessThan(one);
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
