import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { loadDataset } from "../../../src/lib/data/load-dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import type { ReleaseInfo } from "../../../src/lib/release/releases.ts";
import { homePageView, TRIVIA } from "../../../src/views/home-page.ts";

// Release 2.0.0 is published and never changes: its home page is pinned by hand.
const all = siteData();
const v2 = all.datasets.get("2.0.0") as Dataset;
const r2 = all.releases.find((r) => r.version === "2.0.0") as ReleaseInfo;

describe("homePageView(dataset, latest, lang)", () => {
  const fr = homePageView(v2, r2, "fr");

  it("says what the network is and which years the figures cover", () => {
    expect(fr.network).toBe(
      "Le réseau Technopark héberge et accompagne des entreprises au Maroc : 6 parcs ouverts de 2001 à 2023.",
    );
    expect(fr.years).toBe("Chiffres de 2001 à 2024, chacun avec sa source.");
    expect(homePageView(v2, r2, "en").years).toBe(
      "Figures from 2001 to 2024, each with its source.",
    );
  });

  it("leads with the network's figures of its latest year, each linked to its page", () => {
    expect(fr.lead.map((f) => [f.metric, f.value, f.year, f.credit])).toEqual([
      ["Entreprises hébergées", "500", 2024, "AllAfrica"],
      ["Chiffre d’affaires annuel", "plus de 1 milliard de dirhams", 2024, "souss.digital"],
    ]);
    expect(fr.more.slice(0, 2).map((f) => [f.metric, f.value, f.year])).toEqual([
      [
        "Entreprises accompagnées par MITC depuis 2001, résidentes ou non",
        "plus de 3\u202f500",
        2024,
      ],
      ["Emplois directs et indirects créés depuis 2001", "plus de 15\u202f000", 2024],
    ]);
    expect(fr.lead[1]?.href).toBe("/fr/chiffres/souss-gitex-2024.turnover_mad.network.2024/");
  });

  it("gives each card its source's own words, so a figure filed by reading shows what was printed", () => {
    // «500 entreprises hébergées» is AllAfrica's «nous accompagnons 500
    // startups et TPE Digital», filed under companies hosted as a reading.
    expect(fr.lead[0]?.quote).toEqual({
      text: "nous accompagnons 500 startups et TPE Digital",
      lang: "fr",
    });
    expect(homePageView(v2, r2, "ar").lead[0]?.quote.text).toBe(
      "nous accompagnons 500 startups et TPE Digital",
    );
  });

  it("shows sources that disagree in one card, each other reading linked, with where to read why", () => {
    expect(fr.lead[0]?.others).toEqual([
      {
        href: "/fr/chiffres/digitalafrica-benmakhlouf-2024.companies_hosted.network.2024/",
        text: "450 selon Digital Africa",
      },
    ]);
    const hostedSince = homePageView(v2, r2, "en").older.find(
      (f) => f.id === "jeuneafrique-pepiniere-2022.companies_hosted_cumulative.network.2022",
    );
    expect(hostedSince?.value).toBe("1,500");
    expect(hostedSince?.others.map((o) => o.text)).toEqual([
      "1,400 according to La Vie éco and Finances News Hebdo",
    ]);
  });

  it("leads the «sources divergentes» mark to that figure's own list of other sources", () => {
    expect(fr.lead[0]?.divergeHref).toBe(
      "/fr/chiffres/allafrica-gitex-2024.companies_hosted.network.2024/#autres-sources",
    );
    expect(homePageView(v2, r2, "ar").lead[0]?.divergeHref).toBe(
      "/ar/chiffres/allafrica-gitex-2024.companies_hosted.network.2024/#autres-sources",
    );
    // One reading only: no mark, so nowhere to lead.
    expect(fr.lead[1]?.others).toEqual([]);
    expect(fr.lead[1]?.divergeHref).toBeUndefined();
  });

  it("leads with one row of cards, the other figures of that year opening the list", () => {
    // 2.1.0 has six network figures of 2024: two lead, four open the list.
    const next = homePageView(loadDataset("data"), r2, "fr");
    expect(next.lead.map((f) => f.id)).toEqual(fr.lead.map((f) => f.id));
    const of2024 = next.more.filter((f) => f.year === 2024).map((f) => f.metric);
    expect(of2024).toEqual([
      "Entreprises accompagnées par MITC depuis 2001, résidentes ou non",
      "Emplois directs et indirects créés depuis 2001",
      "Taux de réussite des start-up",
      "Sites en activité",
    ]);
    expect(next.more.slice(0, 4).map((f) => f.year)).toEqual([2024, 2024, 2024, 2024]);
  });

  it("leaves trivia and park figures to the park pages, and period figures to their pages", () => {
    expect(TRIVIA).toEqual(["coffee_price_mad", "workforce_mean_age"]);
    expect([...fr.more, ...fr.older].map((f) => f.id)).toEqual([
      "souss-gitex-2024.companies_supported_cumulative.network.2024",
      "souss-gitex-2024.jobs_created_direct_indirect.network.2024",
      "jeuneafrique-pepiniere-2022.companies_hosted_cumulative.network.2022",
      "huffpost-benmakhlouf-2018.companies_accompanied_cumulative.network.2018",
      "aujourdhui-260-2017.jobs.network.2017",
      "marocainspartout-green-2016.it_sector_turnover_share_pct.network.2016",
      "aujourdhui-15ans.companies_new.network.2015",
    ]);
  });

  it("folds the figures of earlier years apart from the latest year's", () => {
    expect(fr.more.map((f) => f.year)).toEqual([2024, 2024]);
    expect(fr.older.map((f) => f.year)).toEqual([2022, 2018, 2017, 2016, 2015]);
  });

  it("says a running total is one, beside the latest head-count and its year", () => {
    const card = (view: typeof fr, id: string) =>
      [...view.lead, ...view.more, ...view.older].find((f) => f.id === id);
    // «plus de 15 000 emplois … créés depuis 2001» is not 15 000 people at work.
    expect(
      card(fr, "souss-gitex-2024.jobs_created_direct_indirect.network.2024")?.runningTotal,
    ).toEqual({
      since: "2001",
      headCount: {
        metric: "Emplois",
        value: "2\u202f000",
        year: 2017,
        href: "/fr/chiffres/aujourdhui-260-2017.jobs.network.2017/",
      },
    });
    const en = homePageView(v2, r2, "en");
    expect(
      card(en, "jeuneafrique-pepiniere-2022.companies_hosted_cumulative.network.2022")
        ?.runningTotal,
    ).toEqual({
      since: "2001",
      headCount: {
        metric: "Companies hosted",
        value: "500",
        year: 2024,
        href: "/en/chiffres/allafrica-gitex-2024.companies_hosted.network.2024/",
      },
    });
    // A head-count and a yearly figure are no running total.
    expect(fr.lead.map((f) => f.runningTotal)).toEqual([undefined, undefined]);
  });

  it("draws one chart for the first screen and every chart in small, ids apart", () => {
    expect(fr.chart?.href).toBe("/fr/graphiques/entreprises/");
    expect(fr.chart?.title).toBe("Entreprises hébergées, tout le réseau, 2016–2024");
    expect(fr.chart?.small).toMatch(/^<svg[^>]* role="img"/);
    expect(fr.chart?.small).toMatch(/^<svg[^>]* width="128"/);
    expect(fr.chart?.large).toMatch(/^<svg[^>]* width="384"/);
    expect(fr.charts.map((c) => c.slug)).toEqual([
      "entreprises",
      "entreprises-par-site",
      "emplois",
      "chiffre-affaires",
      "part-marche-tic",
      "nouvelles-entreprises",
      "taux-occupation",
    ]);
    // A chart of one figure is a big number, not a drawing.
    const one = fr.charts.find((c) => c.slug === "part-marche-tic");
    expect(one?.svg).toBeUndefined();
    expect(one?.number).toBe("10\u00a0% (2011)");
    const ids = (svg = "") => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const lead = new Set([...ids(fr.chart?.small), ...ids(fr.chart?.large)]);
    expect(lead.size).toBe(ids(fr.chart?.small).length + ids(fr.chart?.large).length);
    expect(ids(fr.charts[0]?.svg).some((id) => lead.has(id))).toBe(false);
    // Scaled into a card, a thumbnail's text would be 8–9 px: it has none.
    expect(fr.charts.filter((c) => c.svg).length).toBeGreaterThan(0);
    expect(fr.charts.some((c) => c.svg?.includes("<text"))).toBe(false);
  });

  it("offers the release's tables as CSV and JSON, its data package and checksums", () => {
    expect(fr.links.map((l) => l.href)).toEqual(["/fr/chronologie/", "/fr/sites/"]);
    expect(fr.tables[0]).toEqual({
      name: "observations",
      csv: "/data/2.0.0/observations.csv",
      json: "/data/2.0.0/observations.json",
    });
    expect(fr.files.map((f) => f.href)).toEqual([
      "/data/2.0.0/datapackage.json",
      "/data/2.0.0/SHA256SUMS",
    ]);
  });
});
