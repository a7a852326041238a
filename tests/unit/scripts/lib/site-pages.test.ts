import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageKind, sitemapPaths } from "../../../../scripts/lib/site-pages.ts";

const dist = mkdtempSync(join(tmpdir(), "site-pages-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("sitemapPaths", () => {
  it("reads a <loc> escaped in either form escapeXml and other writers use", () => {
    writeFileSync(
      join(dist, "sitemap.xml"),
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
        `<url><loc>http://127.0.0.1:4321/fr/r&#38;d/</loc></url>` +
        `<url><loc>http://127.0.0.1:4321/en/r&amp;d/</loc></url>` +
        `<url><loc>http://127.0.0.1:4321/ar/</loc></url></urlset>`,
    );
    expect(sitemapPaths(dist)).toEqual(["/ar/", "/en/r&d/", "/fr/r&d/"]);
  });
});

describe("pageKind", () => {
  it("tells a chart's page from the page of its embed codes, and a release's page from the data page", () => {
    expect(pageKind("/fr/graphiques/emplois/")).toBe("chart");
    expect(pageKind("/ar/graphiques/emplois/integrer/")).toBe("embedCodes");
    expect(pageKind("/en/donnees/")).toBe("data");
    expect(pageKind("/fr/donnees/2.2.0/")).toBe("release");
    expect(pageKind("/fr/donnees/dictionnaire/")).toBe("other");
  });
});
