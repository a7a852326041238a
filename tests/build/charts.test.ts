import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { takeaway } from "../../src/charts/describe.ts";
import { chartSpec, chartsWithData } from "../../src/charts/index.ts";
import { plottedObservations } from "../../src/charts/types.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { formatObservation } from "../../src/lib/format/format.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { chartSources } from "../../src/render/image-content.ts";
import { darkPixels, decodePng } from "../charts/png-decode.ts";
import { DIST, page } from "../helpers/dist.ts";

// The site shows the latest release, whichever it is: these tests read the
// expected figures from it rather than hard-coding them.
const { dataset, latest } = siteData();
const slugs = chartsWithData(dataset).map((c) => c.slug);
const cases = LANGS.flatMap((lang) => slugs.map((slug) => [lang, slug] as const));
const file = (path: string) => readFileSync(join(DIST, path));

describe.each(cases)("chart page /%s/graphiques/%s/", (lang, slug) => {
  const url = `/${lang}/graphiques/${slug}/`;
  const def = chartSpec(slug)(dataset, lang);
  const observations = plottedObservations(def);

  it("has the title, the takeaway and hreflang alternates in every language", () => {
    const doc = page(url);
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    expect(doc.querySelector("h1")?.textContent).toBe(def.title);
    expect(doc.querySelector(".tp-takeaway")?.textContent).toBe(takeaway(dataset, def, lang));
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')];
    for (const l of LANGS)
      expect(
        alternates.some((a) => a.getAttribute("href")?.endsWith(`/${l}/graphiques/${slug}/`)),
      ).toBe(true);
  });

  it("draws each panel as an accessible SVG (wide and narrow) or as a big number", () => {
    const figure = page(url).querySelector("figure.tp-chart");
    const svgs = [...(figure?.querySelectorAll("svg.tp-plot") ?? [])];
    const plots = def.panels.filter((p) => p.plot).length;
    expect(svgs.length).toBe(2 * plots);
    for (const svg of svgs) {
      // A group, since its marks link to figure pages (an image cannot hold links).
      expect(svg.getAttribute("role")).toBe("group");
      const [title, desc] = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
      expect(svg.querySelector(`title[id="${title}"]`)?.textContent).toBeTruthy();
      expect(svg.querySelector(`desc[id="${desc}"]`)?.textContent).toBeTruthy();
      expect(svg.querySelector("[aria-label], [font-variant]")).toBeNull();
    }
    expect(figure?.querySelectorAll(".tp-number").length).toBe(def.panels.length - plots);
  });

  it("tables exactly the plotted figures, each value as published", () => {
    const rows = [...page(url).querySelectorAll(".tp-table tbody tr")];
    expect(rows.map((r) => r.getAttribute("data-observation"))).toEqual(
      observations.map((o) => o.id),
    );
    rows.forEach((row, i) => {
      const o = observations[i];
      if (!o) throw new Error("row without observation");
      // The value and source are the last two cells: a metric column comes
      // first only when the chart draws several metrics.
      const value = row.querySelector("td:nth-last-child(2)");
      expect(value?.textContent).toBe(formatObservation(o, lang));
      // The value leads to the figure's own page, the publisher to its quote below.
      expect(value?.querySelector("a")?.getAttribute("href")).toBe(`/${lang}/chiffres/${o.id}/`);
      expect(row.querySelector("td:last-child")?.querySelector("a")?.getAttribute("href")).toBe(
        `#source-${o.source}`,
      );
    });
  });

  it("has a metric column only when the chart draws several metrics", () => {
    const header = [...page(url).querySelectorAll(".tp-table thead th")];
    const metrics = new Set(observations.map((o) => o.metric)).size;
    expect(header.length).toBe(metrics > 1 ? 5 : 4);
    for (const row of page(url).querySelectorAll(".tp-table tbody tr")) {
      expect(row.querySelectorAll("td").length).toBe(header.length);
    }
  });

  it("lists every source with its link and the quote behind each figure, each quote once", () => {
    const doc = page(url);
    for (const source of chartSources(dataset, observations)) {
      const item = doc.getElementById(`source-${source.id}`);
      expect(item?.querySelector("a")?.getAttribute("href")).toBe(source.url);
      const quotes = [...(item?.querySelectorAll("q") ?? [])].map((q) => q.textContent);
      expect(quotes).toEqual([
        ...new Set(observations.filter((o) => o.source === source.id).map((o) => o.quote)),
      ]);
    }
    expect(doc.querySelectorAll(".tp-caveats li").length).toBeGreaterThan(0);
  });

  it("folds its caveats and sources, each summary counting what it holds", () => {
    const doc = page(url);
    const caveats = doc.querySelector("details#precautions");
    expect(caveats?.querySelectorAll(".tp-caveats li").length).toBeGreaterThan(0);
    expect(caveats?.querySelector("summary")?.textContent).toContain(
      `(${caveats?.querySelectorAll(".tp-caveats li").length})`,
    );
    const sources = doc.querySelector("#sources + details");
    const count = chartSources(dataset, observations).length;
    expect(sources?.querySelectorAll(".tp-sources > li").length).toBe(count);
    expect(sources?.querySelector("summary")?.textContent).toContain(`(${count})`);
  });

  it("names a metric once for consecutive rows of it, kept for screen readers in the others", () => {
    const rows = [...page(url).querySelectorAll(".tp-table tbody tr")];
    // One metric: no metric column, the caption names it.
    if (new Set(observations.map((o) => o.metric)).size < 2) {
      expect(page(url).querySelectorAll(".tp-table .tp-repeat").length).toBe(0);
      return;
    }
    rows.forEach((row, i) => {
      const same = observations[i - 1]?.metric === observations[i]?.metric;
      const cell = row.querySelector("td:first-child");
      expect(
        cell?.classList.contains("tp-repeat"),
        row.getAttribute("data-observation") ?? "",
      ).toBe(same);
      expect(cell?.textContent?.trim()).toBeTruthy();
    });
  });

  it("offers the data and the image for download, and cites the data version", () => {
    const doc = page(url);
    const links = [...doc.querySelectorAll(".tp-downloads a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(
      ["data.csv", "data.json", "chart.svg", "chart.png"].map((f) => `${url}${f}`),
    );
    expect(doc.querySelector(".tp-cite pre code")?.textContent).toContain(
      `version = {${latest.version}}`,
    );
    expect(doc.querySelector(".tp-cite")?.textContent).toContain(latest.version);
  });

  it("publishes exactly the plotted figures as CSV and JSON, with the columns of observations.csv", () => {
    const csv = Papa.parse<Record<string, string>>(file(`${url}data.csv`).toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((r) => r.id)).toEqual(observations.map((o) => o.id));
    expect(csv.data.map((r) => r.qualifier)).toEqual(observations.map((o) => o.qualifier));
    const json = JSON.parse(file(`${url}data.json`).toString("utf8")) as {
      id: string;
      value: number;
    }[];
    expect(json.map((r) => [r.id, r.value])).toEqual(observations.map((o) => [o.id, o.value]));
  });

  it("publishes the image as SVG and as a PNG at twice its size with its text drawn", () => {
    const svg = file(`${url}chart.svg`).toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    const png = decodePng(new Uint8Array(file(`${url}chart.png`)));
    expect(png.width).toBe(2 * Number(/width="(\d+)"/.exec(svg)?.[1]));
    expect(darkPixels(png, 50, 94)).toBeGreaterThan(300);
  });
});

describe.each(LANGS)("charts in %s", (lang) => {
  it("lists every chart on /<lang>/graphiques/", () => {
    const links = [...page(`/${lang}/graphiques/`).querySelectorAll(".tp-chart-list a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(
      slugs.map((s) => `/${lang}/graphiques/${s}/`),
    );
  });

  it("links every chart from the home page", () => {
    const hrefs = [...page(`/${lang}/`).querySelectorAll("a")].map((a) => a.getAttribute("href"));
    for (const slug of slugs) expect(hrefs).toContain(`/${lang}/graphiques/${slug}/`);
  });
});
