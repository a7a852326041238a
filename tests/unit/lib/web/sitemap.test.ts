import { describe, expect, it } from "vitest";
import {
  fillRoute,
  pagePaths,
  routeOf,
  sitemapEntries,
  sitemapXml,
} from "../../../../src/lib/web/sitemap.ts";

describe("routeOf(file)", () => {
  it("maps page files to directory-format routes", () => {
    expect(routeOf("./index.astro")).toBe("");
    expect(routeOf("./[lang]/index.astro")).toBe("[lang]/");
    expect(routeOf("./[lang]/donnees/index.astro")).toBe("[lang]/donnees/");
    expect(routeOf("./[lang]/sites/[site].astro")).toBe("[lang]/sites/[site]/");
  });
});

describe("fillRoute(route, params)", () => {
  it("fills plain and rest parameters", () => {
    expect(fillRoute("[lang]/sites/[site]/", { lang: "fr", site: "rabat" })).toBe(
      "fr/sites/rabat/",
    );
    expect(fillRoute("[lang]/[...rest]/", { lang: "en", rest: "a/b" })).toBe("en/a/b/");
    expect(fillRoute("[lang]/[...rest]/", { lang: "en" })).toBe("en/");
  });

  it("throws when a plain parameter is missing", () => {
    expect(() => fillRoute("[lang]/x/", {})).toThrow(
      "sitemap: route [lang]/x/ has no value for [lang]",
    );
  });
});

describe("pagePaths(modules)", () => {
  it("lists static pages once and dynamic pages once per static path, skipping _ files", async () => {
    const paths = await pagePaths({
      "./index.astro": {},
      "./[lang]/index.astro": {
        getStaticPaths: () => [{ params: { lang: "fr" } }, { params: { lang: "ar" } }],
      },
      "./[lang]/sites/[site].astro": {
        getStaticPaths: async () => [{ params: { lang: "fr", site: "rabat" } }],
      },
      "./_draft.astro": {},
    });
    expect(paths).toEqual(["", "ar/", "fr/", "fr/sites/rabat/"]);
  });

  it("refuses a paginating page rather than leave its pages out", async () => {
    await expect(
      pagePaths({ "./[lang]/[page].astro": { getStaticPaths: ({ paginate }) => paginate() } }),
    ).rejects.toThrow("paginates");
  });
});

describe("sitemapEntries and sitemapXml", () => {
  const entries = sitemapEntries(
    ["", "ar/", "en/", "fr/", "fr/only/", "embed/x/"],
    ["fr", "en", "ar"],
    (p) => `https://example.org/base/${p}`,
  );

  it("keeps pages under a language, each page's languages together, with their alternates", () => {
    expect(entries.map((e) => e.loc)).toEqual([
      "https://example.org/base/fr/",
      "https://example.org/base/en/",
      "https://example.org/base/ar/",
      "https://example.org/base/fr/only/",
    ]);
    expect(entries[2]?.alternates.map((a) => a.lang)).toEqual(["fr", "en", "ar"]);
    expect(entries[3]?.alternates).toEqual([
      { lang: "fr", href: "https://example.org/base/fr/only/" },
    ]);
  });

  it("writes a sitemaps.org urlset, escaping XML", () => {
    const xml = sitemapXml([{ loc: "https://e.org/?a=1&b=2", alternates: [] }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain("<loc>https://e.org/?a=1&#38;b=2</loc>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });
});
