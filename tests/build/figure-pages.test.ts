import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sitemapPaths } from "../../scripts/lib/site-pages.ts";
import { FIGURE_MARKS } from "../../src/charts/marks.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { DIST, page } from "../helpers/dist.ts";

// Every figure of the latest release has its page in each language, with
// its link preview card, and is linked from where it is shown: its park's
// table (or the network's, on /sites/), the home page's cards, and its
// mark on the chart pages.
const { dataset } = siteData();
const figureHref = (lang: string, id: string) => `/${lang}/chiffres/${id}/`;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(LANGS)("figure pages in %s", (lang) => {
  it("exist for every observation of the latest release, each with its 1200 × 630 og:image", () => {
    expect(dataset.observations.length).toBeGreaterThan(100);
    for (const o of dataset.observations) {
      const doc = page(figureHref(lang, o.id));
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
      expect(image, o.id).toMatch(
        new RegExp(`/${lang}/chiffres/${o.id.replace(/\./g, "\\.")}/share\\.png$`),
      );
      const png = join(DIST, lang, "chiffres", o.id, "share.png");
      expect(existsSync(png), png).toBe(true);
      expect(doc.getElementById("figure-citation")?.textContent, o.id).toContain(
        `chiffres/${o.id}/`,
      );
    }
    expect(
      pngSize(join(DIST, lang, "chiffres", dataset.observations[0]?.id ?? "", "share.png")),
    ).toEqual([1200, 630]);
  });

  it("are each linked from their park's table, or the network's on the sites page", () => {
    const links = new Map<string, Set<string>>();
    const linksOf = (path: string) => {
      let set = links.get(path);
      if (!set) {
        set = new Set(
          [...page(path).querySelectorAll("table a")].map((a) => a.getAttribute("href") ?? ""),
        );
        links.set(path, set);
      }
      return set;
    };
    for (const o of dataset.observations) {
      const where = o.site === "network" ? `/${lang}/sites/` : `/${lang}/sites/${o.site}/`;
      expect(linksOf(where).has(figureHref(lang, o.id)), `${o.id} on ${where}`).toBe(true);
    }
  });

  it("are linked from the home page's cards, each card to its own figure", () => {
    const cards = [...page(`/${lang}/`).querySelectorAll(".key-figure")];
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards)
      expect(card.querySelector(".value a")?.getAttribute("href")).toBe(figureHref(lang, card.id));
  });

  it("are linked from their marks on the chart pages, each mark to its own figure", () => {
    const charts = readdirSync(join(DIST, lang, "graphiques"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(charts).toContain("emplois");
    const marked = new Set<string>();
    for (const chart of charts) {
      const marks = [
        ...page(`/${lang}/graphiques/${chart}/`).querySelectorAll(`.tp-chart ${FIGURE_MARKS}`),
      ];
      for (const mark of marks) {
        const id = mark.getAttribute("data-figure") ?? "";
        const link = mark.parentElement;
        expect(link?.tagName.toLowerCase(), `${chart}: ${id}`).toBe("a");
        expect(link?.getAttribute("href"), `${chart}: ${id}`).toBe(figureHref(lang, id));
        expect(link?.getAttribute("tabindex"), `${chart}: ${id}`).toBe("-1");
        expect(link?.closest("svg")?.getAttribute("role"), chart).toBe("group");
        marked.add(id);
      }
    }
    // Every figure drawn on some chart: all but the few no chart draws
    // (a big number of another metric, a trivia figure such as the coffee's price).
    const ids = new Set(dataset.observations.map((o) => o.id));
    for (const id of marked) expect(ids.has(id), id).toBe(true);
    expect(marked.size).toBeGreaterThan(80);
  });

  it("are listed in the sitemap", () => {
    const listed = new Set(sitemapPaths(DIST));
    for (const o of dataset.observations)
      expect(listed.has(`/${lang}/chiffres/${o.id}/`), o.id).toBe(true);
  });
});

describe("the French page of one figure (release 2.0.0, pinned)", () => {
  it("shows the value as published, its quote in its own language, and the other source that disagrees", () => {
    const doc = page("/fr/chiffres/allafrica-gitex-2024.companies_hosted.network.2024/");
    expect(doc.querySelector("h1")?.textContent).toBe(
      "Entreprises hébergées — Tout le réseau, 2024",
    );
    expect(doc.querySelector(".fig-value")?.textContent).toBe("500");
    expect(doc.querySelector("blockquote span[lang=fr]")?.textContent?.trim()).toBe(
      "nous accompagnons 500 startups et TPE Digital",
    );
    const other = doc.querySelector(".fig-others li");
    expect(other?.querySelector("a")?.getAttribute("href")).toBe(
      "/fr/chiffres/digitalafrica-benmakhlouf-2024.companies_hosted.network.2024/",
    );
    expect(other?.getAttribute("data-agrees")).toBe("false");
  });
});
