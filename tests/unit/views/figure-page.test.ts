import { describe, expect, it } from "vitest";
import type { Lang } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import {
  figureHistory,
  figurePageView,
  figureShareContent,
  releaseDatasets,
} from "../../../src/views/figure-page.ts";

// Release 2.0.0 is published and never changes: its figures are pinned by hand.
const data = siteData();
const v2 = data.datasets.get("2.0.0");
const SITE = new URL("https://example.org/");
const view = (id: string, lang: Lang) => {
  if (!v2) throw new Error("fixture: no release 2.0.0");
  const obs = v2.observations.find((o) => o.id === id);
  if (!obs) throw new Error(`fixture: no ${id} in 2.0.0`);
  const latest = data.releases.find((r) => r.version === "2.0.0");
  if (!latest) throw new Error("fixture: no release 2.0.0");
  const releases = releaseDatasets(data).filter((r) => r.version <= "2.0.0");
  return figurePageView(v2, latest, releases, obs, lang, SITE);
};

describe("figurePageView(dataset, latest, releases, observation, lang, site)", () => {
  it("gives a partial network figure with its parks, inferred year and alternative, source and citation (fr)", () => {
    const v = view("le360-reussites.jobs.network.2015", "fr");
    expect(v.path).toBe("chiffres/le360-reussites.jobs.network.2015/");
    expect(v.title).toBe("Emplois — Tout le réseau (Casablanca et Rabat : 2 parcs sur 3), 2015");
    expect(v.value).toBe("1\u202f500");
    expect(v.metric).toEqual({
      label: "Emplois",
      definition: "Nombre de personnes travaillant dans le parc à une date donnée.",
    });
    expect(v.scopeHref).toBe("/fr/sites/");
    expect(v.scopeName).toBe("Tout le réseau");
    expect(v.year).toBe("2015");
    expect(v.yearNote).toBe("Année déduite du contenu de la source ; autre année possible : 2014.");
    expect(v.source.publisher).toBe("Le360");
    expect(v.quote).toBe("1.500 emplois");
    expect(v.note?.lang).toBe("fr");
    expect(v.note?.text).toMatch(/^Casablanca et Rabat ensemble/);
    expect(v.others).toEqual([]);
    expect(v.history).toEqual(["Publié pour la première fois dans la version 1.1.0 des données."]);
    expect(v.chart).toMatchObject({
      slug: "emplois",
      href: "/fr/graphiques/emplois/",
      draws: true,
    });
    expect(v.chart?.svg).toMatch(/^<svg/);
    expect(v.citation).toBe(
      "Emplois, Tout le réseau (Casablanca et Rabat : 2 parcs sur 3), 2015 : 1\u202f500 (Le360, 2014 – 2015), via Technopark en chiffres, données 2.0.0, https://example.org/fr/chiffres/le360-reussites.jobs.network.2015/",
    );
    expect(v.citationUrl).toBe(
      "https://example.org/fr/chiffres/le360-reussites.jobs.network.2015/",
    );
    expect(v.shareImage).toBe("/fr/chiffres/le360-reussites.jobs.network.2015/share.png");
  });

  it("lists the other source for the same metric, scope and year, saying it disagrees (en)", () => {
    const v = view("allafrica-gitex-2024.companies_hosted.network.2024", "en");
    expect(v.title).toBe("Companies hosted — The whole network, 2024");
    expect(v.yearNote).toBe("Year inferred from the source’s content.");
    expect(v.others).toEqual([
      {
        href: "/en/chiffres/digitalafrica-benmakhlouf-2024.companies_hosted.network.2024/",
        value: "450",
        credit: "Digital Africa, 2024",
        agrees: false,
      },
    ]);
    expect(v.history).toEqual(["First published in release 2.0.0 of the data."]);
  });

  it("says agreeing figures agree: 1 400 twice for 2022", () => {
    const v = view("lavieeco-benmakhlouf-2022.companies_hosted_cumulative.network.2022", "fr");
    expect(v.others.map((o) => [o.value, o.agrees])).toEqual([
      ["1\u202f500", false],
      ["1\u202f400", true],
    ]);
  });

  it("gives a period figure its span, and its metric's chart (ar)", () => {
    const v = view("madeincity-10ans.companies_new.casablanca.2011", "ar");
    expect(v.year).toBe("2001–2011");
    expect(v.chart?.slug).toBe("nouvelles-entreprises");
    expect(v.note?.lang).toBe("ar");
  });

  it("keys the chart's colours and shapes, and links every other figure's mark but not this one", () => {
    const v = view("aujourdhui-15ans.companies_new.rabat.2015", "fr");
    expect(v.chart?.slug).toBe("nouvelles-entreprises");
    expect(v.chart?.key.map((k) => k.text)).toEqual([
      "Tout le réseau",
      "Casablanca",
      "Rabat",
      "Tanger",
      "chiffre publié",
      "chiffre approximatif (« près de », « environ »)",
      "trait horizontal épais : chiffre d’une période, tracé sur toute sa durée",
      "trait épais pâle : chiffre d’une période approximatif ou borne (« plus de »)",
      "trait vertical : ouverture d’un site",
    ]);
    const svg = v.chart?.svg ?? "";
    expect(svg).toContain('href="/fr/chiffres/aujourdhui-15ans.companies_new.tanger.2015/"');
    expect(svg).not.toContain('href="/fr/chiffres/aujourdhui-15ans.companies_new.rabat.2015/"');
    expect(svg).toContain('data-figure="aujourdhui-15ans.companies_new.rabat.2015"');
    // Its own mark is ringed, once.
    expect(v.chart?.ringed).toBe(true);
    expect(svg.match(/class="tp-current"/g)?.length).toBe(1);
  });

  it("rings nothing where the chart shows the figure as a big number, not a drawing", () => {
    const v = view("madeincity-10ans.jobs_cumulative.casablanca.2011", "fr");
    expect(v.chart?.draws).toBe(true);
    expect(v.chart?.svg).toBeUndefined();
    expect(v.chart?.ringed).toBe(false);
  });

  it("draws the link preview card from the page: metric, quote, value, scope and year, source, version", () => {
    const c = figureShareContent(view("le360-reussites.jobs.network.2015", "fr"), "2.0.0", "fr");
    expect(c.title).toBe("Emplois");
    expect(c.takeaway).toBe("«\u00a01.500 emplois\u00a0»");
    expect(c.panels[0]?.number?.value).toBe("1\u202f500");
    expect(c.panels[0]?.number?.meta).toBe(
      "Tout le réseau (Casablanca et Rabat : 2 parcs sur 3), 2015",
    );
    expect(c.credit).toMatch(/2\.0\.0/);
  });
});

describe("figureHistory(dataset, releases, id, lang)", () => {
  const history = (id: string, lang: Lang) => {
    if (!v2) throw new Error("fixture");
    return figureHistory(
      v2,
      releaseDatasets(data).filter((r) => r.version <= "2.0.0"),
      id,
      lang,
    );
  };

  it("names each correction by the release that brought it and the one that published the value", () => {
    expect(history("lavieeco-rabat-tanger.companies_hosted.rabat.2016", "en").slice(0, 2)).toEqual([
      "First published in release 1.1.0 of the data.",
      "Corrected in release 2.0.0: qualifier, “exact” (release 1.1.0) → “more than”. The same article later writes “Celui de Rabat compte plus de 80 sociétés”: the figure is a lower bound, not an exact count (audit finding A1).",
    ]);
  });

  it("names columns and their coded values in the reader's words, not the CSV's", () => {
    expect(history("lavieeco-rabat-tanger.companies_hosted.rabat.2016", "fr")[1]).toMatch(
      /^Corrigé dans la version 2\.0\.0 : qualificatif, «\u00a0exact\u00a0» \(version 1\.1\.0\) → «\u00a0plus de\u00a0»\. /,
    );
    expect(history("lavieeco-reconversion.companies_hosted.casablanca.2005", "ar")).toContain(
      "صُحح في الإصدار 2.0.0: سنة مطبوعة أو مستنتجة، «—» (الإصدار 1.1.0) ← «مستنتجة». " +
        v2?.corrections.find((c) => c.id === "l6-1")?.reason_ar,
    );
    expect(history("madeincity-10ans.companies_new.casablanca.2011", "en")).toContainEqual(
      expect.stringMatching(
        /^Corrected in release 2\.0\.0: start of the period, “—” \(release 1\.0\.0\) → “2001”\./,
      ),
    );
  });

  it("follows a renamed figure to its first release under its former id", () => {
    const lines = history("le360-reussites.it_sector_turnover_share_pct.network.2015", "fr");
    expect(lines[0]).toBe("Publié pour la première fois dans la version 1.1.0 des données.");
    expect(lines).toContain(
      "Corrigé dans la version 2.0.0 : identifiant, «\u00a0le360-reussites.ict_market_share_pct.network.2015\u00a0» (version 1.1.0) → «\u00a0le360-reussites.it_sector_turnover_share_pct.network.2015\u00a0». « plus de 10% du chiffre d’affaires du secteur IT » est une part du chiffre d’affaires du secteur IT, pas du marché national des TIC : nouvel indicateur, donc nouvel identifiant (audit, constat L8).",
    );
  });
});
