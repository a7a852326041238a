import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { metricYearTable, siteComparison, sitePageView } from "../../../src/views/site-page.ts";

// Release 2.0.0 is published and never changes: its tables are pinned by hand.
const v2 = siteData().datasets.get("2.0.0") as Dataset;

describe("metricYearTable(dataset, site, lang)", () => {
  it("puts a park's figures in a metric × year table, latest year first, several figures of a cell kept apart", () => {
    const table = metricYearTable(v2, "rabat", "en");
    expect(table.years).toEqual([2016, 2015]);
    expect(table.rows.map((r) => [r.metric, r.chartHref])).toEqual([
      ["Companies hosted", "/en/graphiques/entreprises/"],
      ["Companies accompanied since opening", "/en/graphiques/entreprises/"],
      ["New companies per year", "/en/graphiques/nouvelles-entreprises/"],
    ]);
    expect(table.rows[0]?.cells[1]).toEqual([]);
    expect(table.rows[1]?.cells[0]?.map((f) => [f.value, f.publisher])).toEqual([
      ["more than 80", "H24info"],
      ["more than 70", "Marocains partout"],
      ["80", "Les Eco"],
    ]);
    expect(table.rows[1]?.cells[0]?.[0]?.href).toBe(
      "/en/chiffres/h24info-2016.companies_accompanied_cumulative.rabat.2016/",
    );
  });

  it("writes a period figure's span in its last year's cell; the coffee stays on Casablanca's page", () => {
    const table = metricYearTable(v2, "casablanca", "fr");
    expect(table.years).toEqual([2016, 2015, 2011, 2008, 2007, 2006, 2005, 2004, 2001]);
    const row = (id: string) => table.rows.find((r) => r.metricId === id);
    const col2011 = table.years.indexOf(2011);
    expect(row("companies_new")?.cells[col2011]?.map((f) => f.value)).toContain("30 (2001–2011)");
    expect(row("coffee_price_mad")?.cells[col2011]?.map((f) => f.value)).toEqual(["5 dirhams"]);
  });
});

describe("siteComparison(dataset, lang)", () => {
  const c = siteComparison(v2, "fr");

  it("compares every park on the metrics two or more have, with their latest figures and years", () => {
    expect(c.metrics.map((m) => m.id)).toEqual([
      "companies_hosted",
      "companies_accompanied_cumulative",
      "companies_new",
    ]);
    expect(c.rows.map((r) => [r.name, r.opened])).toEqual([
      ["Technopark de Casablanca", "octobre 2001"],
      ["Technopark de Rabat", "2012"],
      ["Technopark de Tanger", "1 octobre 2015"],
      ["Cité de l’innovation Souss-Massa", "6 février 2020"],
      ["Technopark d’Agadir", "2021"],
      ["Technopark d’Essaouira", "novembre 2023"],
    ]);
    const tanger = c.rows[2];
    expect(tanger?.cells[0]?.map((f) => [f.value, f.year, f.publisher])).toEqual([
      ["plus de 50", 2018, "Le Site info"],
      ["plus de 50", 2018, "HuffPost Maghreb"],
    ]);
    expect(c.rows[4]?.cells).toEqual([[], [], []]);
  });

  it("lists a park's figures of other metrics beside, so none is left out", () => {
    const essaouira = c.rows[5];
    expect(essaouira?.others.map((f) => [f.metric, f.value, f.year])).toEqual([
      ["Entreprises accompagnées par MITC depuis 2001, résidentes ou non", "plus de 40", 2024],
    ]);
  });
});

describe("sitePageView(dataset, site, lang)", () => {
  const view = (id: string) => {
    const site = v2.sites.find((s) => s.id === id);
    if (!site) throw new Error(`no site ${id} in 2.0.0`);
    return sitePageView(v2, site, "fr");
  };

  it("links the parks of one city to each other: Agadir has two", () => {
    expect(view("agadir").sameCity).toEqual([
      { href: "/fr/sites/cite-innovation-souss-massa/", name: "Cité de l’innovation Souss-Massa" },
    ]);
    expect(view("cite-innovation-souss-massa").sameCity).toEqual([
      { href: "/fr/sites/agadir/", name: "Technopark d’Agadir" },
    ]);
    expect(view("casablanca").sameCity).toEqual([]);
  });

  it("counts a park's figures, and points to the network's for one with few", () => {
    expect(view("agadir").figureCount).toBe(0);
    expect(view("essaouira").figureCount).toBe(1);
    expect(view("agadir").networkHref).toBe("/fr/sites/#network");
  });
});
