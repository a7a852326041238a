import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { DIST, page } from "../helpers/dist.ts";

/** A URL of the built site (any origin) as the file it names under dist/. */
function fileOf(url: string): string {
  const path = decodeURIComponent(new URL(url, "http://site.invalid/").pathname);
  return join(DIST, path, path.endsWith("/") ? "index.html" : "");
}
const versions = (): string[] =>
  JSON.parse(readFileSync(join(DIST, "data/versions.json"), "utf8")).versions.map(
    (v: { version: string }) => v.version,
  );

describe("404 page", () => {
  it("exists and says so in French, English and Arabic, each leading to its home page", () => {
    const doc = page("/404.html");
    const sections = [...doc.querySelectorAll("main section")];
    expect(sections.map((s) => [s.getAttribute("lang"), s.getAttribute("dir")])).toEqual([
      ["fr", "ltr"],
      ["en", "ltr"],
      ["ar", "rtl"],
    ]);
    expect(sections.map((s) => s.querySelector("a")?.getAttribute("href"))).toEqual([
      "/fr/",
      "/en/",
      "/ar/",
    ]);
    expect(doc.querySelector("h1")?.textContent).toBe("Page introuvable");
  });
});

describe("about page", () => {
  for (const lang of LANGS)
    it(`${lang}: publisher, contact, method, corrections and licence, linked from every page's footer`, () => {
      const doc = page(`/${lang}/a-propos/`);
      expect([...doc.querySelectorAll("main section")].map((s) => s.id)).toEqual([
        "editeur",
        "contact",
        "methode",
        "corrections",
        "licence",
      ]);
      expect(doc.querySelector("#editeur")?.textContent).toContain("Équipe Technopark en chiffres");
      const footer = page(`/${lang}/`).querySelector("footer a[href$='/a-propos/']");
      expect(footer?.getAttribute("href")).toBe(`/${lang}/a-propos/`);
    });
});

describe("releases feed (Atom)", () => {
  for (const lang of LANGS)
    it(`${lang}: advertised by the data page, one entry per release with its zip`, () => {
      const link = page(`/${lang}/donnees/`).querySelector(
        'link[rel="alternate"][type="application/atom+xml"]',
      );
      expect(link?.getAttribute("href")).toBe(`/${lang}/donnees/versions.atom`);
      const xml = readFileSync(join(DIST, lang, "donnees/versions.atom"), "utf8");
      const feed = new DOMParser().parseFromString(xml, "text/xml")
        .documentElement as unknown as Element;
      expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
      const entries = [...feed.children].filter((c) => c.tagName === "entry");
      expect(entries.map((e) => e.querySelector("id")?.textContent)).toEqual(
        [...versions()].map((v) => `http://127.0.0.1:4321/data/${v}/`),
      );
      // 2.0.0 has notes in every language; 1.x in English only.
      const notesLang = (version: string) =>
        entries
          .find((e) => e.querySelector("id")?.textContent?.endsWith(`/data/${version}/`))
          ?.querySelector("summary")
          ?.getAttribute("xml:lang");
      expect([notesLang("2.0.0"), notesLang("1.1.0")]).toEqual([lang, "en"]);
      for (const e of entries) {
        const zip = e.querySelector('link[rel="enclosure"]');
        const file = fileOf(zip?.getAttribute("href") ?? "");
        expect(existsSync(file), file).toBe(true);
        expect(Number(zip?.getAttribute("length"))).toBe(readFileSync(file).length);
      }
    });
});

describe("DCAT catalogue", () => {
  it("expands as JSON-LD, and every distribution is a built file of the size and SHA-256 it states", async () => {
    const doc = JSON.parse(readFileSync(join(DIST, "data/catalog.jsonld"), "utf8"));
    const flatten = jsonld.flatten as unknown as (
      d: object,
      c: null,
      o: object,
    ) => Promise<Record<string, unknown>[]>;
    const nodes = await flatten(doc, null, {
      documentLoader: (url: string) => Promise.reject(new Error(`no network: ${url}`)),
    });
    const byId = new Map(nodes.map((n) => [n["@id"] as string, n]));
    const value = (n: Record<string, unknown> | undefined, p: string) =>
      ((n?.[p] as { "@value"?: string; "@id"?: string }[] | undefined) ?? [])[0];
    const distributions = nodes.filter((n) =>
      (n["@type"] as string[] | undefined)?.includes("http://www.w3.org/ns/dcat#Distribution"),
    );
    expect(distributions.length).toBeGreaterThanOrEqual(17 * versions().length);
    for (const d of distributions) {
      const bytes = readFileSync(fileOf(d["@id"] as string));
      expect(Number(value(d, "http://www.w3.org/ns/dcat#byteSize")?.["@value"])).toBe(bytes.length);
      const checksum = byId.get(value(d, "http://spdx.org/rdf/terms#checksum")?.["@id"] ?? "");
      expect(value(checksum, "http://spdx.org/rdf/terms#checksumValue")?.["@value"]).toBe(
        createHash("sha256").update(bytes).digest("hex"),
      );
    }
  });

  it("is advertised by the data page", () => {
    const link = page("/fr/donnees/").querySelector(
      'link[rel="alternate"][type="application/ld+json"]',
    );
    expect(link?.getAttribute("href")).toBe("/data/catalog.jsonld");
  });
});

describe("sharing cards", () => {
  const chartPages = LANGS.flatMap((lang) =>
    readdirSync(join(DIST, lang, "graphiques"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${lang}/graphiques/${d.name}/`),
  );

  it("finds the chart pages of every language", () => {
    expect(chartPages.length).toBeGreaterThanOrEqual(3 * 6);
  });

  it.each(chartPages)(
    "%s: og:image is a built 1200 × 630 PNG, with og:url and a large card",
    (path) => {
      const doc = page(path);
      const meta = (p: string) =>
        doc.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute("content");
      expect(meta("og:image")).toBe(`http://127.0.0.1:4321${path}share.png`);
      expect(meta("og:url")).toBe(`http://127.0.0.1:4321${path}`);
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("og:image:alt")?.length).toBeGreaterThan(10);
      const png = readFileSync(fileOf(meta("og:image") ?? ""));
      // PNG signature, then the IHDR chunk's width and height.
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    },
  );

  it("other pages get a small card", () => {
    expect(page("/fr/").querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe(
      "summary",
    );
  });
});
