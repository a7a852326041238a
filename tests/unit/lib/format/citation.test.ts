import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citationBibtex, citationText } from "../../../../src/lib/format/citation.ts";
import { latestRelease } from "../../../../src/lib/release/releases.ts";

const v = { version: "1.1.0", date: "2026-11-24", url: "https://example.org/data/1.1.0/" };

describe("citations of a version", () => {
  it("in running text, per language, with version, date and address", () => {
    expect(citationText(v, "fr")).toBe(
      "Équipe Technopark en chiffres. Technopark en chiffres, version 1.1.0 [jeu de données], 24 novembre 2026. Licence CC BY 4.0. https://example.org/data/1.1.0/",
    );
    expect(citationText(v, "en")).toContain("version 1.1.0 [dataset], 24 November 2026.");
    expect(citationText(v, "ar")).toContain("الإصدار 1.1.0");
  });

  it("in BibTeX, with a key per version", () => {
    expect(citationBibtex(v)).toBe(
      [
        "@misc{technopark_en_chiffres_1_1_0,",
        "  author = {{Équipe Technopark en chiffres}},",
        "  title = {{Technopark en chiffres}},",
        "  year = {2026},",
        "  version = {1.1.0},",
        "  url = {https://example.org/data/1.1.0/},",
        "  note = {Dataset, version 1.1.0 of 2026-11-24, licence CC-BY-4.0},",
        "}",
      ].join("\n"),
    );
  });
});

describe("a version with a DOI (DATASET_DOI_<version>)", () => {
  const withDoi = { ...v, doi: "10.5281/zenodo.123" };
  it("ends the running text with the DOI's address", () => {
    expect(citationText(withDoi, "en")).toBe(
      `${citationText(v, "en")} https://doi.org/10.5281/zenodo.123`,
    );
  });

  it("gives the BibTeX entry a doi field, after the url", () => {
    expect(citationBibtex(withDoi)).toContain(
      "  url = {https://example.org/data/1.1.0/},\n  doi = {10.5281/zenodo.123},\n  note =",
    );
    expect(citationBibtex(v)).not.toContain("doi");
  });
});

describe("CITATION.cff", () => {
  const cff = readFileSync("CITATION.cff", "utf8");
  const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]+)"?$`, "m").exec(cff)?.[1];

  it("cites the latest release (update it with each release)", () => {
    const latest = latestRelease();
    expect(field("version")).toBe(latest.version);
    expect(field("date-released")).toBe(latest.date);
  });

  it("declares a dataset under CC BY 4.0, in CFF 1.2.0", () => {
    expect(field("cff-version")).toBe("1.2.0");
    expect(field("type")).toBe("dataset");
    expect(field("license")).toBe("CC-BY-4.0");
    expect(cff).toMatch(/^authors:\n {2}- name: \S/m);
  });
});
