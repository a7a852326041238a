import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { figureFilters, figuresPageView } from "../../../src/views/figures-page.ts";

// Release 2.0.0 is published and never changes: its figures are pinned by hand.
const v2 = siteData().datasets.get("2.0.0") as Dataset;

describe("figuresPageView(dataset, lang)", () => {
  const view = figuresPageView(v2, "fr");

  it("lists every figure once, grouped by park (network first), each linked to its page", () => {
    const rows = view.parks.flatMap((p) => p.metrics.flatMap((m) => m.rows));
    expect(rows).toHaveLength(118);
    expect(new Set(rows.map((r) => r.id)).size).toBe(118);
    expect(view.parks.map((p) => p.id)).toEqual([
      "network",
      "casablanca",
      "rabat",
      "tanger",
      "cite-innovation-souss-massa",
      "essaouira",
    ]);
    expect(view.parks[0]?.name).toBe("Tout le réseau");
    expect(view.count).toBe("118 chiffres");
  });

  it("writes each value as published, newest year first, with its period, source and partial scope", () => {
    const network = view.parks[0];
    const accompanied = network?.metrics.find((m) => m.id === "companies_accompanied_cumulative");
    expect(accompanied?.anchor).toBe("network--companies_accompanied_cumulative");
    expect(accompanied?.rows.map((r) => [r.value, r.year])).toEqual([
      ["plus de 1\u202f000", "2018"],
      ["plus de 900", "2017"],
      ["plus de 900", "2016"],
      ["plus de 900", "2016"],
      ["environ 800", "2016"],
      ["900", "2016"],
      ["700", "2015"],
    ]);
    expect(accompanied?.rows[0]).toMatchObject({
      id: "huffpost-benmakhlouf-2018.companies_accompanied_cumulative.network.2018",
      href: "/fr/chiffres/huffpost-benmakhlouf-2018.companies_accompanied_cumulative.network.2018/",
    });
    const partial = accompanied?.rows.find((r) => r.year === "2015");
    expect(partial?.scope).toBe("Tout le réseau (Casablanca et Rabat : 2 parcs sur 3)");
    const casaNew = view.parks[1]?.metrics.find((m) => m.id === "companies_new");
    expect(casaNew?.rows.map((r) => r.year)).toContain("2001–2011");
  });
});

describe("figuresPageView(dataset, lang, filter)", () => {
  it("keeps one park's figures, marks its link current, counts them against the whole", () => {
    const view = figuresPageView(v2, "en", { kind: "parc", value: "rabat" });
    expect(view.title).toBe("Figures: Technopark Rabat");
    expect(view.path).toBe("chiffres/parc/rabat/");
    expect(view.parks.map((p) => p.id)).toEqual(["rabat"]);
    expect(view.count).toBe("5 figures of 118");
    const parks = view.filters.find((f) => f.kind === "parc");
    expect(parks?.links.filter((l) => l.current).map((l) => l.href)).toEqual([
      "/en/chiffres/parc/rabat/",
    ]);
    expect(parks?.links[0]).toEqual({
      label: "All",
      href: "/en/chiffres/",
      current: false,
      value: "",
    });
  });

  it("keeps one year's figures across parks, in Arabic too", () => {
    const view = figuresPageView(v2, "ar", { kind: "annee", value: "2024" });
    expect(view.parks.map((p) => p.id)).toEqual(["network", "essaouira"]);
    expect(view.parks.flatMap((p) => p.metrics.flatMap((m) => m.rows)).length).toBe(6);
  });

  it("refuses a filter that keeps nothing", () => {
    expect(() => figuresPageView(v2, "fr", { kind: "annee", value: "1999" })).toThrow(
      "figuresPageView: no figure for annee 1999",
    );
  });
});

describe("figureFilters(dataset)", () => {
  it("offers every park, metric and year that has figures, newest year first", () => {
    const filters = figureFilters(v2);
    expect(filters.filter((f) => f.kind === "parc").map((f) => f.value)).toEqual([
      "network",
      "casablanca",
      "rabat",
      "tanger",
      "cite-innovation-souss-massa",
      "essaouira",
    ]);
    expect(filters.filter((f) => f.kind === "indicateur")).toHaveLength(15);
    expect(filters.filter((f) => f.kind === "annee").map((f) => f.value)).toEqual([
      "2024",
      "2023",
      "2022",
      "2021",
      "2020",
      "2018",
      "2017",
      "2016",
      "2015",
      "2011",
      "2008",
      "2007",
      "2006",
      "2005",
      "2004",
      "2001",
    ]);
  });
});
