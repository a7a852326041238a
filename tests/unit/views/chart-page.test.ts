import { describe, expect, it } from "vitest";
import type { Dataset, Observation } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import type { ReleaseInfo } from "../../../src/lib/release/releases.ts";
import { chartPageView, quoteLines } from "../../../src/views/chart-page.ts";

// Release 1.1.0 never changes: its chart page is pinned.
const all = siteData();
const v11 = all.datasets.get("1.1.0") as Dataset;
const r11 = all.releases.find((r) => r.version === "1.1.0") as ReleaseInfo;
const site = new URL("https://e.org/");

describe("chartPageView(…).actions: the action bar under the chart", () => {
  it("leads to data, sources, downloads, embed code and citation, in page order (fr)", () => {
    expect(chartPageView(v11, r11, "fr", "emplois", site).actions).toEqual([
      { href: "#donnees", label: "Données" },
      { href: "#sources", label: "Sources" },
      { href: "#telecharger", label: "Télécharger" },
      { href: "#integrer", label: "Intégrer" },
      { href: "#citer", label: "Citer" },
    ]);
  });

  it("keeps the anchors and says the labels in English and Arabic", () => {
    expect(chartPageView(v11, r11, "en", "emplois", site).actions.map((a) => a.label)).toEqual([
      "Data",
      "Sources",
      "Download",
      "Embed",
      "Cite",
    ]);
    const ar = chartPageView(v11, r11, "ar", "emplois", site).actions;
    expect(ar.map((a) => a.label)).toEqual(["البيانات", "المصادر", "تحميل", "تضمين", "استشهاد"]);
    expect(ar.map((a) => a.href)).toEqual([
      "#donnees",
      "#sources",
      "#telecharger",
      "#integrer",
      "#citer",
    ]);
  });
});

describe("quoteLines(observations, lang): each quote once, after the figures it gives", () => {
  const obs = (id: string, source: string, value: number, year: number, quote: string) =>
    ({ id, source, value, year, quote, qualifier: "exact", unit: "companies" }) as Observation;
  const lines = quoteLines(
    [
      obs("a", "s1", 45, 2015, "dont 45 à Casablanca, 13 à Rabat, et 12 à Tanger"),
      obs("b", "s1", 13, 2015, "dont 45 à Casablanca, 13 à Rabat, et 12 à Tanger"),
      obs("c", "s2", 51, 2004, "51 entreprises ont intégré cet espace"),
      obs("d", "s1", 12, 2015, "dont 45 à Casablanca, 13 à Rabat, et 12 à Tanger"),
      obs("e", "s1", 70, 2015, "près de 70 nouvelles entreprises"),
    ],
    "fr",
  );

  it("groups the figures of one quote of one source, in order", () => {
    expect(lines.get("s1")).toEqual([
      {
        figures: "45, 13, 12",
        years: "2015",
        quote: "dont 45 à Casablanca, 13 à Rabat, et 12 à Tanger",
      },
      { figures: "70", years: "2015", quote: "près de 70 nouvelles entreprises" },
    ]);
    expect(lines.get("s2")).toEqual([
      { figures: "51", years: "2004", quote: "51 entreprises ont intégré cet espace" },
    ]);
  });

  it("separates the figures with the Arabic comma in Arabic", () => {
    expect(
      quoteLines([obs("a", "s", 45, 2015, "q"), obs("b", "s", 13, 2016, "q")], "ar").get("s"),
    ).toEqual([{ figures: "45، 13", years: "2015، 2016", quote: "q" }]);
  });
});

describe("chartPageView(…).table: the caption and columns of the figures' table", () => {
  const captionAndColumn = (lang: "fr" | "en" | "ar", slug: string) => {
    const { caption, metricColumn } = chartPageView(v11, r11, lang, slug, site).table;
    return { caption, metricColumn };
  };

  it("names the one metric a chart draws in the caption, without a column repeating it", () => {
    expect(captionAndColumn("fr", "nouvelles-entreprises")).toEqual({
      caption: "Nouvelles entreprises par an : les chiffres tracés, tels que publiés",
      metricColumn: false,
    });
    expect(captionAndColumn("en", "chiffre-affaires")).toEqual({
      caption: "Annual turnover: the figures drawn, as published",
      metricColumn: false,
    });
    expect(captionAndColumn("ar", "nouvelles-entreprises").caption).toBe(
      "الشركات الجديدة في السنة: الأرقام المرسومة كما نُشرت",
    );
  });

  it("keeps a metric column when the chart draws several metrics", () => {
    expect(captionAndColumn("fr", "emplois")).toEqual({
      caption: "Les chiffres tracés, tels que publiés",
      metricColumn: true,
    });
    expect(captionAndColumn("ar", "entreprises").metricColumn).toBe(true);
  });

  it("gives each figure a row: metric, city, year, value linked to its page, publisher", () => {
    const { rows } = chartPageView(v11, r11, "fr", "emplois", site).table;
    expect(rows[0]).toEqual({
      id: "le360-reussites.jobs.network.2015",
      metric: "Emplois",
      repeat: false,
      scope: "Tout le réseau",
      year: 2015,
      value: "1\u202f500",
      href: "/fr/chiffres/le360-reussites.jobs.network.2015/",
      publisher: "Le360",
      sourceHref: "#source-le360-reussites",
    });
    expect(rows.at(-1)).toEqual({
      id: "madeincity-10ans.jobs_cumulative.casablanca.2011",
      metric: "Emplois cumulés depuis l’ouverture",
      repeat: false,
      scope: "Casablanca",
      year: 2011,
      value: "environ 7\u202f500",
      href: "/fr/chiffres/madeincity-10ans.jobs_cumulative.casablanca.2011/",
      publisher: "madein.city",
      sourceHref: "#source-madeincity-10ans",
    });
  });

  it("says a metric once per run of rows: the rows after the first repeat it", () => {
    const { rows } = chartPageView(v11, r11, "en", "emplois", site).table;
    expect(rows.map((r) => r.repeat)).toEqual([false, true, true, true, true, false]);
  });
});

describe("chartPageView(…).metrics: what the site search files the page under", () => {
  it("names the metric of each panel", () => {
    expect(chartPageView(v11, r11, "en", "emplois", site).metrics).toEqual([
      "Jobs",
      "Jobs since opening (cumulative)",
    ]);
  });
});
