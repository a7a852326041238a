import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { consistencyView, dataFolderView, methodologyView } from "../../../src/views/data-page.ts";
import { errataView } from "../../../src/views/errata.ts";

// Published releases never change: 1.1.0 (no corrections yet) and 2.0.0
// (the first with errata: 36 corrections of rows published in 1.x).
const v11 = siteData().datasets.get("1.1.0") as Dataset;
const v20 = siteData().datasets.get("2.0.0") as Dataset;

describe("errataView(dataset, lang, corrections): the corrections, said in words", () => {
  const view = errataView(v20, "en");
  const entry = (id: string) => view.entries.find((e) => e.id === id);

  it("counts the corrections and says a changed field with before and after", () => {
    expect(view.count).toBe("Show the 36 corrections");
    const { source, ...a11 } = entry("a1-1") ?? { source: undefined };
    expect(a11).toEqual({
      id: "a1-1",
      table: "observations",
      rowId: "lavieeco-rabat-tanger.companies_hosted.rabat.2016",
      published: "published in release 1.1.0",
      change: "qualifier: “exact” → “more_than”",
      reason:
        "The same article later writes “Celui de Rabat compte plus de 80 sociétés”: the figure is a lower bound, not an exact count (audit finding A1).",
    });
    expect(source?.id).toBe("lavieeco-rabat-tanger");
  });

  it("says an empty cell, a row removed and a row replaced", () => {
    expect(entry("a2-1")?.change).toBe("period_start: “(empty)” → “2001”");
    expect(entry("l4-1")?.change).toBe("row removed");
    expect(entry("l5-1")?.change).toBe(
      "row removed, replaced by vitaminedz-benmakhlouf-2011.opening.casablanca",
    );
    expect(errataView(v20, "fr").entries[0]?.published).toBe("publiée dans la version 1.1.0");
  });

  it("keeps only the corrections it is given, and has none for a release without", () => {
    const [first] = v20.corrections;
    const one = errataView(v20, "fr", first ? [first] : []);
    expect([one.entries.map((e) => e.id), one.count]).toEqual([["a1-1"], "Voir la correction"]);
    expect(errataView(v11, "en").entries).toEqual([]);
  });
});

describe("consistencyView(dataset, version, lang): figures that cannot all be right", () => {
  it("flags the parks of 2016 adding up to more than the network, each figure as published", () => {
    const view = consistencyView(v11, "1.1.0", "en");
    const metric = "Companies accompanied since opening";
    expect(view).toEqual({
      version: "1.1.0",
      flags: [
        {
          rule: "parts-exceed-network",
          ids: [
            "h24info-2016.companies_accompanied_cumulative.casablanca.2016",
            "h24info-2016.companies_accompanied_cumulative.rabat.2016",
            "h24info-2016.companies_accompanied_cumulative.tanger.2016",
            "lavieeco-15ans.companies_accompanied_cumulative.network.2016",
          ].join(" "),
          title: `The parks add up to more than the network: ${metric}, 2016`,
          larger: [
            `Technopark Casablanca 2016 (${metric}): 800, H24info`,
            `Technopark Rabat 2016 (${metric}): more than 80, H24info`,
            `Technopark Tangier 2016 (${metric}): more than 20, H24info`,
          ],
          versus: `The whole network 2016 (${metric}): about 800, La Vie éco`,
        },
      ],
    });
  });
});

describe("methodologyView(dataset, version, lang): where sources differ or agree, and every source", () => {
  const view = methodologyView(v11, "1.1.0", "en");

  it("counts the groups that differ and agree, and the sources", () => {
    expect([view.differ.length, view.agree.length]).toEqual([4, 2]);
    expect(view.counts).toEqual({
      differ: "Show the 4 cases",
      agree: "Show the 2 cases",
      sources: "Show the 11 sources",
    });
  });

  it("names a group by metric, park and year, with each figure and its source", () => {
    const [first] = view.agree;
    expect(
      first && { ...first, figures: first.figures.map((f) => [f.id, f.value, f.source.id]) },
    ).toEqual({
      id: "ecart-companies_accompanied_cumulative-casablanca-2011",
      metric: "companies_accompanied_cumulative",
      site: "casablanca",
      year: 2011,
      title: "Companies accompanied since opening · Technopark Casablanca · 2011",
      figures: [
        [
          "madeincity-10ans.companies_accompanied_cumulative.casablanca.2011",
          "550",
          "madeincity-10ans",
        ],
        ["telquel-2012.companies_accompanied_cumulative.casablanca.2011", "550", "telquel-2012"],
      ],
    });
  });

  it("lists the sources oldest first, saying which dates were inferred", () => {
    expect(view.sources.map((s) => s.source.id)).toEqual([
      "lavieeco-reconversion",
      "lavieeco-pari-gagne",
      "madeincity-10ans",
      "lesoir-10ans",
      "telquel-2012",
      "le360-reussites",
      "lavieeco-700",
      "h24info-2016",
      "aujourdhui-15ans",
      "lavieeco-15ans",
      "lavieeco-rabat-tanger",
    ]);
    const telquel = view.sources[4];
    expect([telquel?.date, telquel?.inferred]).toEqual(["13 February 2012", false]);
    expect(view.sources[0]?.inferred).toBe(true);
  });
});

describe("dataFolderView(data, lang): /data/, the folder of every release", () => {
  const all = siteData();
  const view = dataFolderView(all, "fr", new URL("https://e.org/"));

  it("leads each release, newest first, to its folder's page, with its zip", () => {
    expect(view.releases.map((r) => [r.version, r.latest, r.page, r.zip.path])).toEqual([
      ["2.2.0", true, "/data/2.2.0/", "data/technopark-en-chiffres-2.2.0.zip"],
      ["2.1.0", false, "/data/2.1.0/", "data/technopark-en-chiffres-2.1.0.zip"],
      ["2.0.0", false, "/data/2.0.0/", "data/technopark-en-chiffres-2.0.0.zip"],
      ["1.1.0", false, "/data/1.1.0/", "data/technopark-en-chiffres-1.1.0.zip"],
      ["1.0.0", false, "/data/1.0.0/", "data/technopark-en-chiffres-1.0.0.zip"],
    ]);
  });

  it("gives the same files for programs as the data page, the feed in its language", () => {
    expect(view.programs.map((p) => [p.href, p.shown, p.key])).toEqual([
      ["/data/index.json", "/data/index.json", "data.programs.index"],
      ["/data/versions.json", "/data/versions.json", "data.programs.versions"],
      ["/data/latest/datapackage.json", "/data/latest/", "data.programs.latest"],
      ["/fr/donnees/versions.atom", "/fr/donnees/versions.atom", "data.programs.feed"],
      ["/data/catalog.jsonld", "/data/catalog.jsonld", "data.programs.catalog"],
    ]);
  });
});
