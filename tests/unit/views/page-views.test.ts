import { describe, expect, it } from "vitest";
import type { Dataset, Site } from "../../../src/lib/data/dataset.ts";
import { siteData, type SiteData } from "../../../src/lib/data/site-data.ts";
import type { ReleaseInfo } from "../../../src/lib/release/releases.ts";
import { chartPageView } from "../../../src/views/chart-page.ts";
import { dataPageView } from "../../../src/views/data-page.ts";
import { cffUrl, releaseView, releaseViews } from "../../../src/views/release-page.ts";
import { sitePageView, sitesPageView } from "../../../src/views/site-page.ts";
import { timelinePageView } from "../../../src/views/timeline-page.ts";

// Published releases never change: the views of 1.1.0 (with 1.0.0 before it) are pinned.
const all = siteData();
const release = (v: string) => all.releases.find((r) => r.version === v) as ReleaseInfo;
const v11 = all.datasets.get("1.1.0") as Dataset;
const r11 = release("1.1.0");
const upTo11: SiteData = {
  releases: [release("1.0.0"), r11],
  latest: r11,
  datasets: all.datasets,
  dataset: v11,
};

describe("chartPageView(dataset, latest, lang, slug, site)", () => {
  const view = chartPageView(v11, r11, "fr", "emplois", new URL("https://e.org/"));

  it("points the link preview at the chart's share card", () => {
    expect(view.shareImage).toBe("/fr/graphiques/emplois/share.png");
  });

  it("lists the figures drawn and their sources in table order, network first", () => {
    expect(view.observations.map((o) => o.id)).toEqual([
      "le360-reussites.jobs.network.2015",
      "h24info-2016.jobs.network.2016",
      "lavieeco-reconversion.jobs.casablanca.2005",
      "lesoir-10ans.jobs.casablanca.2011",
      "madeincity-10ans.jobs.casablanca.2011",
      "madeincity-10ans.jobs_cumulative.casablanca.2011",
    ]);
    expect(view.sources.map((s) => s.id)).toEqual([
      "le360-reussites",
      "h24info-2016",
      "lavieeco-reconversion",
      "lesoir-10ans",
      "madeincity-10ans",
    ]);
  });

  it("names each note by its scope and year", () => {
    expect(view.notes.map((n) => n.where)).toEqual([
      "Tout le réseau, 2015",
      "Tout le réseau, 2016",
      "Casablanca, 2005",
      "Casablanca, 2011",
      "Casablanca, 2011",
      "Casablanca, 2011",
    ]);
    expect(view.notes[1]?.note).toBe("The three parks together.");
  });

  it("saves each download under a name with chart, language and version", () => {
    expect(view.downloads.map((d) => [d.href, d.saveAs])).toEqual([
      ["/fr/graphiques/emplois/data.csv", "technopark-emplois-fr-1.1.0.csv"],
      ["/fr/graphiques/emplois/data.json", "technopark-emplois-fr-1.1.0.json"],
      ["/fr/graphiques/emplois/chart.svg", "technopark-emplois-fr-1.1.0.svg"],
      ["/fr/graphiques/emplois/chart.png", "technopark-emplois-fr-1.1.0.png"],
    ]);
  });

  it("cites the chart at its absolute address and data version", () => {
    expect(view.reference).toEqual({
      slug: "emplois",
      title: "Emplois",
      url: "https://e.org/fr/graphiques/emplois/",
      version: "1.1.0",
      date: "2026-11-24",
    });
    expect([view.path, view.chartsHref]).toEqual(["graphiques/emplois/", "/fr/graphiques/"]);
  });
});

describe("sitePageView(dataset, site, lang) and sitesPageView(dataset, lang)", () => {
  it("gives a park's name, opening, events and sources", () => {
    const view = sitePageView(v11, v11.sites[1] as Site, "ar");
    expect([view.name, view.opened, view.path]).toEqual([
      "تكنوبارك الرباط",
      "الرباط · افتُتح سنة 2012",
      "sites/rabat/",
    ]);
    expect(view.hasFigures).toBe(true);
    expect(view.entries.map((e) => e.id)).toEqual([
      "madeincity-10ans.plan.rabat",
      "h24info-2016.opening.rabat",
      "lesoir-10ans.plan.rabat",
    ]);
    expect(view.sources.map((s) => s.id)).toEqual([
      "madeincity-10ans",
      "h24info-2016",
      "lesoir-10ans",
      "aujourdhui-15ans",
      "lavieeco-rabat-tanger",
    ]);
    expect([view.sitesHref, view.timelineHref]).toEqual(["/ar/sites/", "/ar/chronologie/"]);
  });

  it("lists every park with its link and opening, and says the network has figures", () => {
    const view = sitesPageView(v11, "en");
    expect(view.sites.at(-1)).toEqual({
      id: "tanger",
      href: "/en/sites/tanger/",
      name: "Technopark Tangier",
      meta: "Tangier · Opened in 2015",
    });
    expect(view.sites.map((s) => s.id)).toEqual(["casablanca", "rabat", "tanger"]);
    expect(view.hasNetworkFigures).toBe(true);
  });
});

describe("timelinePageView(dataset, lang)", () => {
  const view = timelinePageView(v11, "en");

  it("heads the page with the years the axis spans", () => {
    expect(view.heading).toBe("Timeline of the Technopark network, 2001 – 2016");
  });

  it("groups events and key figures by year", () => {
    expect(view.sections.map((s) => [s.year, s.entries.length, s.figures.length])).toEqual([
      [2001, 1, 1],
      [2004, 0, 1],
      [2005, 0, 4],
      [2006, 0, 1],
      [2007, 1, 1],
      [2011, 3, 12],
      [2012, 4, 0],
      [2015, 1, 7],
      [2016, 5, 9],
    ]);
    expect(view.chart?.years).toEqual([2001, 2016]);
  });

  it("has no axis and the bare title for a dataset without events or figures", () => {
    const empty = { ...v11, events: [], observations: [] };
    const bare = timelinePageView(empty, "fr");
    expect([bare.heading, bare.chart, bare.sections]).toEqual(["Chronologie", undefined, []]);
  });
});

describe("dataPageView(data, lang, site)", () => {
  const view = dataPageView(upTo11, "en", new URL("https://e.org/"));

  it("lists the releases newest first, each with its page in the language and its zip", () => {
    expect(view.releases.map((r) => [r.version, r.latest, r.page, r.zip.path])).toEqual([
      ["1.1.0", true, "/en/donnees/1.1.0/", "data/technopark-en-chiffres-1.1.0.zip"],
      ["1.0.0", false, "/en/donnees/1.0.0/", "data/technopark-en-chiffres-1.0.0.zip"],
    ]);
    expect(view.latest).toBe("Latest version: 1.1.0, published on 24 November 2026.");
  });

  it("offers the latest release's zip, figures as CSV and data package first, and its page", () => {
    expect(view.current.downloads.map((d) => [d.file.path, d.key])).toEqual([
      ["data/technopark-en-chiffres-1.1.0.zip", "data.download.zip"],
      ["data/1.1.0/observations.csv", "data.download.csv"],
      ["data/1.1.0/datapackage.json", "data.download.datapackage"],
    ]);
    expect(view.current.page).toBe("/en/donnees/1.1.0/");
    expect(view.dictionary).toBe("/en/donnees/dictionnaire/");
    expect(view.dictionaryLinks.tables.map((tb) => tb.href)).toEqual([
      "/en/donnees/dictionnaire/#dictionnaire-sources",
      "/en/donnees/dictionnaire/#dictionnaire-sites",
      "/en/donnees/dictionnaire/#dictionnaire-metrics",
      "/en/donnees/dictionnaire/#dictionnaire-observations",
      "/en/donnees/dictionnaire/#dictionnaire-events",
      "/en/donnees/dictionnaire/#dictionnaire-places",
      "/en/donnees/dictionnaire/#dictionnaire-corrections",
    ]);
    expect(view.dictionaryLinks.metrics).toBe("/en/donnees/dictionnaire/#indicateurs");
  });

  it("describes the latest release in JSON-LD, with no '<' that could close the script", () => {
    const jsonLd = JSON.parse(view.jsonLd) as { "@type": string; version: string; url: string };
    expect([jsonLd["@type"], jsonLd.version, jsonLd.url]).toEqual([
      "Dataset",
      "1.1.0",
      "https://e.org/en/donnees/",
    ]);
    expect(view.jsonLd).not.toContain("<");
  });

  it("gives the addresses for programs and the table of contents", () => {
    expect(view.programs.map((p) => [p.href, p.shown])).toEqual([
      ["/data/index.json", "/data/index.json"],
      ["/data/versions.json", "/data/versions.json"],
      ["/data/latest/datapackage.json", "/data/latest/"],
      ["/en/donnees/versions.atom", "/en/donnees/versions.atom"],
      ["/data/catalog.jsonld", "/data/catalog.jsonld"],
    ]);
    expect(view.feeds).toEqual({
      atom: "/en/donnees/versions.atom",
      catalog: "/data/catalog.jsonld",
    });
    expect(view.toc.map(([id]) => id)).toEqual([
      "versions",
      "errata",
      "coherence",
      "dictionnaire",
      "methode",
      "licence",
      "programmes",
    ]);
  });
});

describe("releaseViews(data, site, doiOf)", () => {
  it("gives each release newest first, cited at its folder, with its changes and neighbours", () => {
    const views = releaseViews(upTo11, new URL("https://e.org/"), (v) =>
      v === "1.0.0" ? "10.5281/zenodo.1" : undefined,
    );
    expect(
      views.map((r) => [
        r.release.version,
        r.latest,
        r.cited.url,
        r.cited.doi,
        r.change && `${r.change.from}→${r.change.to}`,
        r.previous,
        r.next,
      ]),
    ).toEqual([
      ["1.1.0", true, "https://e.org/data/1.1.0/", undefined, "1.0.0→1.1.0", "1.0.0", undefined],
      [
        "1.0.0",
        false,
        "https://e.org/data/1.0.0/",
        "10.5281/zenodo.1",
        undefined,
        undefined,
        "1.1.0",
      ],
    ]);
  });

  it("cites at the origin it is given, and refuses a version never published", () => {
    expect(releaseView(upTo11, "1.0.0", new URL("https://other.example/")).cited.url).toBe(
      "https://other.example/data/1.0.0/",
    );
    expect(() => releaseView(upTo11, "9.9.9", new URL("https://e.org/"))).toThrow(
      "releaseView: no release 9.9.9",
    );
  });
});

describe("cffUrl(cff)", () => {
  it("reads the url a CITATION.cff gives, quoted or not, and none from one without", () => {
    expect(cffUrl('version: 2.0.0\nurl: "https://creativecommons.org/licenses/by/4.0/"\n')).toBe(
      "https://creativecommons.org/licenses/by/4.0/",
    );
    expect(cffUrl("license-url: https://x.org/\nurl: https://e.org/data/2.2.0/\n")).toBe(
      "https://e.org/data/2.2.0/",
    );
    expect(cffUrl('license-url: "https://creativecommons.org/licenses/by/4.0/"\n')).toBe("");
  });
});
