import { describe, expect, it } from "vitest";
import {
  aboutPath,
  catalogPath,
  chartPath,
  chartsPath,
  dataApiPath,
  dataPath,
  dictionaryPath,
  embedCodePath,
  embedPath,
  feedPath,
  figurePath,
  homePath,
  langPath,
  PAGE,
  releasePagePath,
  releasePath,
  releaseRoute,
  sitePath,
  sitesPath,
  timelinePath,
} from "../../../../src/lib/web/routes.ts";

// Tests run with the default base, "/": every path is site-absolute.
describe("routes", () => {
  it("gives each reading page in a language", () => {
    expect(homePath("fr")).toBe("/fr/");
    expect(chartsPath("en")).toBe("/en/graphiques/");
    expect(chartPath("ar", "emplois")).toBe("/ar/graphiques/emplois/");
    expect(embedCodePath("en", "emplois")).toBe("/en/graphiques/emplois/integrer/");
    expect(timelinePath("fr")).toBe("/fr/chronologie/");
    expect(sitesPath("fr")).toBe("/fr/sites/");
    expect(sitePath("en", "rabat")).toBe("/en/sites/rabat/");
    expect(dataPath("ar")).toBe("/ar/donnees/");
    expect(aboutPath("en")).toBe("/en/a-propos/");
    expect(figurePath("fr", "h24info-2016.jobs.network.2016")).toBe(
      "/fr/chiffres/h24info-2016.jobs.network.2016/",
    );
  });

  it("gives the releases feed per language and the catalogue", () => {
    expect(feedPath("ar")).toBe("/ar/donnees/versions.atom");
    expect(catalogPath()).toBe("/data/catalog.jsonld");
  });

  it("gives a chart's downloads beside its page", () => {
    expect(chartPath("fr", "emplois", "chart.png")).toBe("/fr/graphiques/emplois/chart.png");
  });

  it("builds a page from its PAGE route, as the language switch does", () => {
    expect(langPath("en", PAGE.chart("emplois"))).toBe("/en/graphiques/emplois/");
    expect(langPath("en", PAGE.home)).toBe("/en/");
    expect(PAGE.site("tanger")).toBe("sites/tanger/");
  });

  it("gives release folders and files, and the data API", () => {
    expect(releaseRoute("1.0.0")).toBe("data/1.0.0/");
    expect(releasePath("1.0.0")).toBe("/data/1.0.0/");
    expect(releasePath("latest", "datapackage.json")).toBe("/data/latest/datapackage.json");
    expect(dataApiPath("versions.json")).toBe("/data/versions.json");
  });

  it("gives a release's page and the data dictionary in each language", () => {
    expect(releasePagePath("ar", "2.1.0")).toBe("/ar/donnees/2.1.0/");
    expect(langPath("en", PAGE.release("1.0.0"))).toBe("/en/donnees/1.0.0/");
    expect(dictionaryPath("fr")).toBe("/fr/donnees/dictionnaire/");
  });

  it("gives the light embed at the bare path, the dark one under dark/, auto under auto/", () => {
    expect(embedPath("1.0.0", "fr", "emplois", "light")).toBe("/embed/1.0.0/fr/emplois/");
    expect(embedPath("latest", "ar", "emplois", "dark")).toBe("/embed/latest/ar/emplois/dark/");
    expect(embedPath("2.0.0", "en", "emplois", "auto")).toBe("/embed/2.0.0/en/emplois/auto/");
  });
});
