import { describe, expect, it } from "vitest";
import {
  characterProblem,
  columnLanguage,
  showInvisibles,
  textProblems,
} from "../../../../src/lib/data/text-rules.ts";

describe("characterProblem: characters no cell may hold", () => {
  it.each([
    ["2090 \u202Eans", "contains the invisible bidi control U+202E, which reorders what readers see: remove it"],
    ["a\u2067b", "contains the invisible bidi control U+2067, which reorders what readers see: remove it"],
    ["a\u200Fb", "contains the invisible direction mark U+200F: remove it (the site sets each language's direction)"],
    ["a\u2028b", "contains the line separator U+2028: write the text on one line"],
    ["a\tb", "contains the control character U+0009: remove it"],
    ["a\u0085b", "contains the control character U+0085: remove it"],
    ["a\uFFFFb", "contains U+FFFF, which is not a character (a broken conversion?): remove it"],
    ["a\uFFFEb", "contains U+FFFE, which is not a character (a broken conversion?): remove it"],
    ["a\uFDD0b", "contains U+FDD0, which is not a character (a broken conversion?): remove it"],
    ["plus\u200Bde", "contains the invisible character U+200B, which readers cannot see and searches do not match: remove it"],
    ["plus\u2060de", "contains the invisible character U+2060, which readers cannot see and searches do not match: remove it"],
    ["plus de\uFEFF 80", "contains the invisible character U+FEFF, which readers cannot see and searches do not match: remove it"],
    ["\u200Dplus", "contains the invisible character U+200D, which readers cannot see and searches do not match: remove it"],
  ])("refuses %j", (text, message) => {
    expect(characterProblem(text)).toBe(message);
  });

  it("accepts a joiner inside a word, a line feed, a no-break space and ordinary punctuation", () => {
    expect(characterProblem("می\u200Cخواهم")).toBeUndefined();
    expect(characterProblem("ligne\nsuivante")).toBeUndefined();
    expect(characterProblem("plus de\u00A01500 « entreprises » – 2011/2012")).toBeUndefined();
  });

  it("shows invisible characters as code points, leaving the rest as written", () => {
    expect(showInvisibles("20\u202E90 ans\u200B")).toBe("20<U+202E>90 ans<U+200B>");
  });
});

describe("textProblems: a text for readers in a language", () => {
  it("accepts each language in its own script, with quoted titles in another", () => {
    expect(textProblems("Au dixième anniversaire. Casablanca était alors le seul parc.", "fr")).toEqual([]);
    expect(textProblems("At the tenth anniversary. Casablanca was the only park then.", "en")).toEqual([]);
    expect(textProblems("في الذكرى العاشرة. كانت الدار البيضاء آنذاك الفضاء الوحيد.", "ar")).toEqual([]);
    expect(
      textProblems(
        "بلاغ MITC بتاريخ 4 يوليوز؛ الإعلان نفسه في Jeune Afrique، «Comment le Maroc compte devenir le « start-up royaume »»",
        "ar",
      ),
    ).toEqual([]);
    expect(textProblems("Le mois est aussi dans Al Massae, [تكنوبارك الدار البيضاء]", "fr")).toEqual([]);
  });

  it("refuses Latin script in an Arabic column, saying which language it reads as", () => {
    expect(textProblems("The figure is a lower bound, not an exact count.", "ar")).toEqual([
      "is mainly in Latin script (it reads as English): an Arabic column is written in Arabic, with French titles and quotes in « »",
    ]);
    expect(textProblems("Technopark Rabat", "ar")).toEqual([
      "is mainly in Latin script: an Arabic column is written in Arabic, with French titles and quotes in « »",
    ]);
  });

  it("refuses Arabic script in a French or English column", () => {
    expect(textProblems("الرقم حد أدنى وليس عددا مضبوطا", "fr")).toEqual([
      "is mainly in Arabic script: a French column is written in French, with Arabic titles and quotes in [ ] or « »",
    ]);
    expect(textProblems("الرقم حد أدنى وليس عددا مضبوطا", "en")).toEqual([
      "is mainly in Arabic script: an English column is written in English, with Arabic titles and quotes in [ ] or « »",
    ]);
  });

  it("refuses English in a French column and French in an English one", () => {
    expect(textProblems("The figure is a lower bound, not an exact count.", "fr")).toEqual([
      "reads as English: a French column is written in French",
    ]);
    expect(textProblems("Le chiffre est un minimum, pas un compte exact.", "en")).toEqual([
      "reads as French: an English column is written in English",
    ]);
  });

  it("lets short labels and names pass the language test", () => {
    expect(textProblems("Technopark Casablanca opens", "fr")).toEqual([]);
    expect(textProblems("Entreprises hébergées", "en")).toEqual([]);
  });

  it.each(["TODO", "à compléter TBD", "FIXME: source", "XXX", "Lorem ipsum dolor sit amet"])(
    "refuses the placeholder in %j",
    (text) => {
      const word = /TODO|TBD|FIXME|XXX|Lorem ipsum/.exec(text)?.[0];
      expect(textProblems(text, "fr")).toEqual([
        `holds the placeholder "${word}": write the text, or leave the cell empty`,
      ]);
    },
  );

  it.each(["…", "...", "?", "-"])("refuses a cell that is only %j", (text) => {
    expect(textProblems(text)).toEqual([
      `is only "${text}", a placeholder: write the text, or leave the cell empty`,
    ]);
  });

  it("does not take a word containing a placeholder for one", () => {
    expect(textProblems("Todos los años", undefined)).toEqual([]);
  });

  it("reports invisible characters too", () => {
    expect(textProblems("Note\u202E", "en")).toEqual([
      "contains the invisible bidi control U+202E, which reorders what readers see: remove it",
    ]);
  });
});

describe("columnLanguage", () => {
  it("reads the language from the column's suffix", () => {
    expect(columnLanguage("note_ar")).toBe("ar");
    expect(columnLanguage("reason_fr")).toBe("fr");
    expect(columnLanguage("label_en")).toBe("en");
    expect(columnLanguage("quote")).toBeUndefined();
  });
});
