import { describe, expect, it } from "vitest";
import { chartCitationBibtex, chartCitationText } from "../../src/charts/cite.ts";
import { caveats, describePanel, observationNotes, takeaway } from "../../src/charts/describe.ts";
import { chartSpec } from "../../src/charts/index.ts";
import { t } from "../../src/i18n/index.ts";
import type { Dataset } from "../../src/lib/data/dataset.ts";
import { siteData } from "../../src/lib/data/site-data.ts";

const v1 = siteData().datasets.get("1.0.0") as Dataset;
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
    const data = structuredClone(v1);
    const h24 = data.observations.find(
      (o) => o.id === "h24info-2016.companies_accompanied_cumulative.network.2016",
    );
    if (!h24) throw new Error("fixture");
    data.observations.push({
      ...h24,
      id: "x",
      value: 800,
      qualifier: "exact",
      source: "madeincity-10ans",
    });
    expect(caveats(data, chartSpec("entreprises")(data, "fr"), "fr")).toContain(
      `${network("fr")}, 2016 : les sources ne concordent pas (plus de 900 (H24info), 800 (madein.city)) ; les deux chiffres sont montrés, chacun avec sa source.`,
    );
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
});
