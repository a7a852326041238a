import { describe, expect, it } from "vitest";
import { chartCitationBibtex, chartCitationText } from "../../../src/charts/cite.ts";
import {
  caveats,
  describePanel,
  observationNotes,
  takeaway,
} from "../../../src/charts/describe.ts";
import { chartSpec } from "../../../src/charts/index.ts";
import { metricPanels } from "../../../src/charts/metric-panels.ts";
import { loadDataset } from "../../../src/lib/data/load-dataset.ts";
import { plottedObservations } from "../../../src/charts/types.ts";
import { t } from "../../../src/i18n/index.ts";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { tCount } from "../../../src/lib/format/plural.ts";

const v1 = siteData().datasets.get("1.0.0") as Dataset;
const v2 = siteData().datasets.get("2.0.0") as Dataset;

/** Release 1.0.0 with more sources for H24info's 2016 network figure of companies accompanied. */
function withCopies(copies: { value: number; qualifier: "exact" | "more_than"; source: string }[]) {
  const data = structuredClone(v1);
  const h24 = data.observations.find(
    (o) => o.id === "h24info-2016.companies_accompanied_cumulative.network.2016",
  );
  if (!h24) throw new Error("fixture");
  copies.forEach((c, i) => data.observations.push({ ...h24, id: `copy-${i}`, ...c }));
  return data;
}
const network = (lang: "fr" | "en" | "ar") => t(lang, "site.network");

describe("takeaway(dataset, chart, lang), release 1.0.0", () => {
  it("states the first and latest figures of the chart's main metric, as published, with their scope", () => {
    const def = chartSpec("entreprises")(v1, "fr");
    expect(takeaway(v1, def, "fr")).toBe(
      `Entreprises accompagnées depuis l’ouverture — en 2011 : 550 (Casablanca) ; en 2016 : plus de 900 (${network("fr")}).`,
    );
  });

  it("lists every site of a comparison, in English too", () => {
    const def = chartSpec("entreprises-par-site")(v1, "en");
    expect(takeaway(v1, def, "en")).toBe(
      "Companies accompanied since opening — in 2016: 800 (Casablanca), more than 80 (Rabat), more than 20 (Tangier).",
    );
  });

  it("gives a single figure as it is", () => {
    const def = chartSpec("chiffre-affaires")(v1, "fr");
    expect(takeaway(v1, def, "fr")).toBe(
      `Chiffre d’affaires annuel — en 2016 : 800 millions de dirhams (${network("fr")}).`,
    );
  });
});

describe("caveats(dataset, chart, lang), release 1.0.0", () => {
  it("says that the 2011 figures cover Casablanca alone, derived from the opening years", () => {
    const list = caveats(v1, chartSpec("emplois")(v1, "fr"), "fr");
    expect(list[0]).toBe(
      "Les chiffres de 2011 ne couvrent que Casablanca, seul Technopark ouvert à cette date (ouvertures suivantes : Rabat 2012, Tanger 2015).",
    );
    expect(list).toContain(t("fr", "chart.caveat.scopes"));
    expect(list).toContain(t("fr", "chart.caveat.sparse"));
    expect(list).not.toContain(t("fr", "chart.caveat.bounds"));
  });

  it("explains lower bounds where a chart draws one", () => {
    expect(caveats(v1, chartSpec("entreprises")(v1, "fr"), "fr")).toContain(
      t("fr", "chart.caveat.bounds"),
    );
  });

  it("names the sources that disagree, with their figures", () => {
    const data = withCopies([{ value: 800, qualifier: "exact", source: "madeincity-10ans" }]);
    expect(caveats(data, chartSpec("entreprises")(data, "fr"), "fr")).toContain(
      `${network("fr")}, 2016 : les sources ne concordent pas (plus de 900 (H24info), 800 (madein.city)) ; les deux chiffres sont montrés, chacun avec sa source.`,
    );
  });

  it("counts three disagreeing figures as three, in every language, each reading once with its sources", () => {
    const data = withCopies([
      { value: 800, qualifier: "exact", source: "madeincity-10ans" },
      { value: 900, qualifier: "more_than", source: "madeincity-10ans" },
    ]);
    const of = (lang: "fr" | "en" | "ar") =>
      caveats(data, chartSpec("entreprises")(data, lang), lang);
    expect(of("fr")).toContain(
      `${network("fr")}, 2016 : les sources ne concordent pas (plus de 900 (H24info, madein.city), 800 (madein.city)) ; les trois chiffres sont montrés, chacun avec sa source.`,
    );
    expect(of("en")).toContain(
      `${network("en")}, 2016: the sources disagree (more than 900 (H24info, madein.city), 800 (madein.city)); the three figures are shown, each with its source.`,
    );
    expect(of("ar")).toContain(
      `${network("ar")}، 2016: المصادر غير متطابقة (أكثر من 900 (H24info، madein.city)، 800 (madein.city))؛ تُعرض الأرقام الثلاثة، كل رقم مع مصدره.`,
    );
  });

  it("calls identical values from different sources the same figure, not a disagreement", () => {
    const data = withCopies([{ value: 900, qualifier: "more_than", source: "madeincity-10ans" }]);
    const of = (lang: "fr" | "en" | "ar") =>
      caveats(data, chartSpec("entreprises")(data, lang), lang);
    expect(of("fr")).toContain(
      `${network("fr")}, 2016 : le même chiffre, plus de 900, selon deux sources (H24info, madein.city).`,
    );
    expect(of("en")).toContain(
      `${network("en")}, 2016: the same figure, more than 900, from two sources (H24info, madein.city).`,
    );
    expect(of("ar")).toContain(
      `${network("ar")}، 2016: الرقم نفسه، أكثر من 900، حسب مصدرين (H24info، madein.city).`,
    );
    expect(of("fr").join("\n")).not.toContain("ne concordent pas");
  });

  it("says when sources give the same number in different terms (550 and « plus de 550 »), release 2.0.0", () => {
    expect(caveats(v2, chartSpec("entreprises")(v2, "fr"), "fr")).toContain(
      "Casablanca, 2011 : le même nombre, 550, selon quatre sources, mais en des termes différents (550 (jarida-tarbawiya.blogspot.com, madein.city, TelQuel), plus de 550 (vitaminedz.com)).",
    );
    expect(caveats(v2, chartSpec("chiffre-affaires")(v2, "en"), "en")).toContain(
      "The whole network, 2016: the same figure, MAD 800 million, from two sources (H24info, Les Eco).",
    );
  });

  it("names the parks a partial network figure covers, counted against those open that year (2.0.0)", () => {
    const list = (lang: "fr" | "en" | "ar") => caveats(v2, chartSpec("emplois")(v2, lang), lang);
    expect(list("fr")).toContain(
      "Les chiffres de 2015 donnés pour le réseau ne couvrent que Casablanca et Rabat (2 parcs sur 3 ouverts cette année-là) : ils ne se comparent pas aux chiffres du réseau des autres années.",
    );
    expect(list("en")).toContain(
      "The 2015 figures given for the network cover only Casablanca and Rabat (2 of the 3 parks open that year): they do not compare with the network’s figures of other years.",
    );
    expect(list("ar")).toContain(
      "أرقام 2015 المقدمة للشبكة لا تشمل إلا الدار البيضاء والرباط (2 من أصل 3 فضاءات كانت مفتوحة تلك السنة): فلا تُقارن بأرقام الشبكة في السنوات الأخرى.",
    );
  });

  it("lists the later openings with both Agadir parks told apart, and the years as a sentence (2.0.0)", () => {
    expect(caveats(v2, chartSpec("emplois")(v2, "fr"), "fr")[0]).toBe(
      "Les chiffres de 2005, 2008 et 2011 ne couvrent que Casablanca, seul Technopark ouvert à cette date (ouvertures suivantes : Rabat 2012, Tanger 2015, Cité de l’innovation Souss-Massa 2020, Technopark d’Agadir 2021, Essaouira 2023).",
    );
  });

  it("describes period figures as what they measured, drawn over their period (2.0.0)", () => {
    const periods = (slug: string, lang: "fr" | "en") =>
      caveats(v2, chartSpec(slug)(v2, lang), lang).find((c) => c.includes("2007–2011"));
    expect(periods("taux-occupation", "fr")).toBe(
      "Chiffres d’une période, tracés comme un trait sur toute la période et non comme le chiffre d’une année : 100\u00a0% sur toute la période (Casablanca, 2007–2011, vitaminedz.com).",
    );
    expect(periods("nouvelles-entreprises", "en")).toContain(
      "30 a year on average (Casablanca, 2007–2011, vitaminedz.com)",
    );
    // Sources of one period figure compared as a period, never as its last year.
    expect(caveats(v2, chartSpec("nouvelles-entreprises")(v2, "fr"), "fr")).toContain(
      "Casablanca, 2001–2011 : le même nombre, 30, selon trois sources, mais en des termes différents (30 par an en moyenne (jarida-tarbawiya.blogspot.com, madein.city), plus de 30 par an en moyenne (Le Soir échos)).",
    );
  });

  it("agrees the consistency flags with their count, per language", () => {
    const one = caveats(v2, chartSpec("entreprises-par-site")(v2, "fr"), "fr");
    expect(one).toContain(
      "Contrôles de cohérence : un signalement concerne ces chiffres ; il est listé sur la page Données.",
    );
    const two = caveats(v2, chartSpec("entreprises")(v2, "ar"), "ar");
    expect(two).toContain(
      "فحوص الاتساق: إشارتان تخصان هذه الأرقام، وهما مدرجتان في صفحة البيانات.",
    );
  });

  it("picks an exact-count form before the plural category, with Arabic's six forms", () => {
    expect(tCount("fr", "chart.caveat.shown", 3)).toBe("les trois chiffres sont montrés");
    expect(tCount("fr", "chart.caveat.shown", 12)).toBe("les 12 chiffres sont montrés");
    expect(tCount("en", "chart.caveat.shown", 2)).toBe("both figures are shown");
    expect([2, 3, 7, 11, 100].map((n) => tCount("ar", "chart.count.sources", n))).toEqual([
      "حسب مصدرين",
      "حسب ثلاثة مصادر",
      "حسب 7 مصادر",
      "حسب 11 مصدرا",
      "حسب 100 مصدر",
    ]);
    expect(tCount("fr", "chart.count.parksOf", 3, { part: 2 })).toBe("2 parcs sur 3");
  });

  it("lists each dataset note once, with the figure it belongs to", () => {
    const notes = observationNotes(chartSpec("emplois")(v1, "fr"), "fr");
    expect(notes.map((n) => n.observation.id)).toEqual([
      "h24info-2016.jobs.network.2016",
      "madeincity-10ans.jobs.casablanca.2011",
      "madeincity-10ans.jobs_cumulative.casablanca.2011",
    ]);
  });
});

describe("describePanel(dataset, panel, lang)", () => {
  it("states every figure with its scope, year, value and source, in Arabic with Western digits", () => {
    const [panel] = chartSpec("emplois")(v1, "ar").panels;
    if (!panel) throw new Error("no panel");
    const text = describePanel(v1, panel, "ar");
    expect(text).toContain("الدار البيضاء، 2011: 1.500 (المصدر: madein.city)");
    expect(text).toContain(`${network("ar")}، 2016: 2.000 (المصدر: H24info)`);
    expect(text).not.toMatch(/[٠-٩]/);
  });

  it("names the parks a partial network figure covers (2.0.0)", () => {
    const [panel] = chartSpec("emplois")(v2, "en").panels;
    if (!panel) throw new Error("no panel");
    expect(describePanel(v2, panel, "en")).toContain(
      "The whole network (Casablanca and Rabat: 2 of the 3 parks), 2015: 1,500 (source: Le360)",
    );
  });
});

describe("chart citations", () => {
  const ref = {
    slug: "emplois",
    title: "Emplois",
    url: "https://example.org/fr/graphiques/emplois/",
    version: "1.0.0",
    date: "2025-01-15",
  };

  it("cites the chart in text with its data version and address", () => {
    expect(chartCitationText(ref, "fr")).toBe(
      "Équipe Technopark en chiffres, « Emplois », graphique, données version 1.0.0, https://example.org/fr/graphiques/emplois/.",
    );
  });

  it("gives a BibTeX entry keyed by chart, language and version", () => {
    const bib = chartCitationBibtex(ref, "en");
    expect(bib.split("\n")[0]).toBe("@misc{technopark_en_chiffres_emplois_en_1_0_0,");
    expect(bib).toContain("  version = {1.0.0},");
    expect(bib).toContain("  year = {2025},");
    expect(bib).toContain("  url = {https://example.org/fr/graphiques/emplois/},");
    expect(bib.endsWith("}")).toBe(true);
  });

  it("adds the data version's DOI where one is configured, and only then", () => {
    const withDoi = { ...ref, doi: "10.5281/zenodo.123" };
    expect(chartCitationText(withDoi, "fr")).toBe(
      "Équipe Technopark en chiffres, « Emplois », graphique, données version 1.0.0, https://example.org/fr/graphiques/emplois/. https://doi.org/10.5281/zenodo.123",
    );
    expect(chartCitationBibtex(withDoi, "en")).toContain("  doi = {10.5281/zenodo.123},");
    expect(chartCitationBibtex(ref, "en")).not.toContain("doi");
  });
});

describe("figures withheld from charts (audit L13), release 2.0.0", () => {
  const slip = "telquel-essaouira-2023.jobs_created_direct_indirect.network.2023";
  const entry = {
    slug: "emplois-crees",
    metrics: ["jobs_created_direct_indirect"],
    title: "chart.emplois.title",
    kind: "time-series",
  } as const;
  const def = (lang: "fr" | "en" | "ar") => ({
    slug: entry.slug,
    title: "",
    panels: metricPanels(v2, lang, entry, {}),
  });

  it("draws the 15 000 series without TelQuel's 1 500 of July 2023, which stays in the data", () => {
    expect(v2.observations.some((o) => o.id === slip)).toBe(true);
    const drawn = plottedObservations(def("fr"));
    expect(drawn.map((o) => o.value)).toEqual([15000, 15000, 15000, 15000, 15000]);
    expect(drawn.map((o) => o.id)).not.toContain(slip);
  });

  it("names it in the chart's caveats, in every language", () => {
    expect(caveats(v2, def("fr"), "fr")).toContain(
      "Non tracé : plus de 1\u202f500 (Tout le réseau, 2023, TelQuel), tel qu’imprimé mais sans doute une coquille, les autres sources donnant dix fois plus ; il reste dans les données.",
    );
    expect(caveats(v2, def("en"), "en")).toContain(
      "Not drawn: more than 1,500 (The whole network, 2023, TelQuel), as printed but probably a slip, as the other sources give ten times as much; it stays in the data.",
    );
    expect(caveats(v2, def("ar"), "ar").some((c) => c.startsWith("غير مرسوم: "))).toBe(true);
  });

  it("says nothing of it on charts of other metrics", () => {
    const list = caveats(v2, chartSpec("emplois")(v2, "fr"), "fr");
    expect(list.some((c) => c.startsWith("Non tracé"))).toBe(false);
  });
});

describe("ranges (qualifier range), in data/: Jeune Afrique's «de 90 à 100 sociétés»", () => {
  const data = loadDataset("data");
  const id = "jeuneafrique-tanger-2017.capacity_companies.tanger.2017";
  const without = { ...data, observations: data.observations.filter((o) => o.id !== id) };

  it("draws no point for a range, and names it in the caveats", () => {
    expect(data.observations.find((o) => o.id === id)?.qualifier).toBe("range");
    const def = chartSpec("capacite-surface-cout")(data, "fr");
    expect(plottedObservations(def).map((o) => o.id)).not.toContain(id);
    expect(plottedObservations(def).length).toBe(
      plottedObservations(chartSpec("capacite-surface-cout")(without, "fr")).length,
    );
    expect(caveats(data, def, "fr")).toContain(
      "Fourchettes, non tracées, aucun point ne pouvant les dire sans inventer un chiffre : de 90 à 100 (Tanger, 2017, Jeune Afrique).",
    );
    expect(caveats(data, chartSpec("capacite-surface-cout")(data, "en"), "en")).toContain(
      "Ranges, not drawn, as no point could show one without making up a figure: 90 to 100 (Tangier, 2017, Jeune Afrique).",
    );
    expect(
      caveats(without, chartSpec("capacite-surface-cout")(without, "fr"), "fr").some((c) =>
        c.startsWith("Fourchettes"),
      ),
    ).toBe(false);
  });
});
