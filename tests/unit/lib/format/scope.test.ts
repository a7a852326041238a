import { describe, expect, it } from "vitest";
import { LANGS } from "../../../../src/i18n/index.ts";
import type { Dataset, Site } from "../../../../src/lib/data/dataset.ts";
import { loadDataset } from "../../../../src/lib/data/load-dataset.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";
import { figureScope, scopeLabel, siteName } from "../../../../src/lib/format/scope.ts";

const v1 = () => siteData().datasets.get("1.0.0") as Dataset;

describe("scopeLabel(dataset, site, lang, form)", () => {
  it("names a site by its full name, or by its city where room is short", () => {
    expect(scopeLabel(v1(), "casablanca", "fr")).toBe("Technopark de Casablanca");
    expect(scopeLabel(v1(), "rabat", "ar")).toBe("تكنوبارك الرباط");
    expect(scopeLabel(v1(), "tanger", "en", "city")).toBe("Tangier");
    expect(scopeLabel(v1(), "casablanca", "ar", "city")).toBe("الدار البيضاء");
  });

  it("calls network the whole network, not three parks (in 2015 le360 counts two), in every form", () => {
    for (const form of ["name", "city"] as const) {
      expect(scopeLabel(v1(), "network", "fr", form)).toBe("Tout le réseau");
      expect(scopeLabel(v1(), "network", "en", form)).toBe("The whole network");
      expect(scopeLabel(v1(), "network", "ar", form)).toBe("الشبكة بأكملها");
    }
  });

  it("throws on a site the dataset lacks", () => {
    expect(() => scopeLabel(v1(), "fes", "fr")).toThrow('no sites row with id "fes"');
  });
});

describe("figureScope(dataset, observation, lang)", () => {
  const v2 = () => siteData().datasets.get("2.0.0") as Dataset;
  const obs = (id: string) => {
    const o = v2().observations.find((x) => x.id === id);
    if (!o) throw new Error(`fixture: no ${id} in 2.0.0`);
    return o;
  };

  it("names the parks a partial network figure covers, counted against those open that year (2.0.0)", () => {
    const le360 = obs("le360-reussites.jobs.network.2015");
    expect(figureScope(v2(), le360, "fr")).toBe(
      "Tout le réseau (Casablanca et Rabat : 2 parcs sur 3)",
    );
  });

  it("is the site's city for a park's figure, the whole network for a network figure covering all", () => {
    expect(figureScope(v2(), obs("madeincity-10ans.companies_hosted.casablanca.2011"), "en")).toBe(
      "Casablanca",
    );
  });
});

describe("siteName(dataset, site, lang): a park's short name", () => {
  const all = () => [...siteData().datasets.values(), loadDataset("data")];

  it("is never shared by two parks, in any language, in any release or the working data", () => {
    for (const dataset of all())
      for (const lang of LANGS) {
        const names = dataset.sites.map((s) => siteName(dataset, s, lang));
        expect(new Set(names).size, `${lang}: ${names.join(", ")}`).toBe(names.length);
      }
  });

  it("tells the two parks of Agadir apart by their names, a park alone in its city by the city", () => {
    const v21 = siteData().datasets.get("2.1.0") as Dataset;
    const site = (id: string) => v21.sites.find((s) => s.id === id) as Site;
    expect(siteName(v21, site("cite-innovation-souss-massa"), "fr")).toBe(
      "Cité de l’innovation Souss-Massa",
    );
    expect(siteName(v21, site("agadir"), "fr")).toBe("Technopark d’Agadir");
    expect(siteName(v21, site("agadir"), "en")).toBe("Technopark Agadir");
    expect(siteName(v21, site("agadir"), "ar")).toBe("تكنوبارك أكادير");
    expect(siteName(v21, site("tanger"), "en")).toBe("Tangier");
    // Charts name sites in the short form: keys, openings, labels, tables.
    expect(scopeLabel(v21, "agadir", "fr", "city")).toBe("Technopark d’Agadir");
  });
});
