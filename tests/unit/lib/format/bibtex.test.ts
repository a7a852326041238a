import { describe, expect, it } from "vitest";
import { bibtexEscape, bibtexMisc } from "../../../../src/lib/format/bibtex.ts";
import { escapeXml } from "../../../../src/lib/web/xml.ts";

describe("escapeXml(s)", () => {
  it("writes the five special characters as numeric references, and nothing else", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
      "a &#38; b &#60; c &#62; d &#34;e&#34; &#39;f&#39;",
    );
    expect(escapeXml("Chiffre d’affaires · الشبكة")).toBe("Chiffre d’affaires · الشبكة");
  });
});

describe("bibtexMisc(entry)", () => {
  it("writes a @misc entry: key made safe, author and title braced, title and note escaped", () => {
    expect(
      bibtexMisc({
        key: "tp_entreprises-par-site_fr_1.0.0",
        author: "Technopark en chiffres",
        title: "R&D: 50% of #1",
        year: "2026",
        version: "1.0.0",
        url: "https://e.org/a_b",
        note: "version_1",
      }),
    ).toBe(
      [
        "@misc{tp_entreprises_par_site_fr_1_0_0,",
        "  author = {{Technopark en chiffres}},",
        "  title = {{R\\&D: 50\\% of \\#1}},",
        "  year = {2026},",
        "  version = {1.0.0},",
        "  url = {https://e.org/a_b},",
        "  note = {version\\_1},",
        "}",
      ].join("\n"),
    );
  });

  it("bibtexEscape escapes & % $ # _", () => {
    expect(bibtexEscape("a&b%c$d#e_f")).toBe("a\\&b\\%c\\$d\\#e\\_f");
  });
});
