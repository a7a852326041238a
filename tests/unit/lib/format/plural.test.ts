import { describe, expect, it } from "vitest";
import { LANGS, PLURALS, type Lang } from "../../../../src/i18n/index.ts";
import { frPlurals } from "../../../../src/i18n/fr.ts";
import { pluralCategory, tCount } from "../../../../src/lib/format/plural.ts";

describe("pluralCategory(lang, count)", () => {
  it("gives Arabic its six forms", () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => pluralCategory("ar", n))).toEqual([
      "zero",
      "one",
      "two",
      "few",
      "few",
      "many",
      "many",
      "other",
      "other",
    ]);
  });

  it("counts 0 and 1 as one in French, only 1 in English", () => {
    expect([0, 1, 2].map((n) => pluralCategory("fr", n))).toEqual(["one", "one", "other"]);
    expect([0, 1, 2].map((n) => pluralCategory("en", n))).toEqual(["other", "one", "other"]);
  });
});

describe("tCount(lang, key, count)", () => {
  it("agrees the French participle with the count", () => {
    expect(tCount("fr", "data.diff.count.added", 1)).toBe("1 ajoutée");
    expect(tCount("fr", "data.diff.count.added", 0)).toBe("0 ajoutée");
    expect(tCount("fr", "data.diff.count.added", 2)).toBe("2 ajoutées");
  });

  it("formats the count for the language", () => {
    expect(tCount("fr", "data.bytes", 12345)).toBe("12\u202f345 octets");
    expect(tCount("en", "data.bytes", 1)).toBe("1 byte");
    expect(tCount("en", "data.bytes", 12345)).toBe("12,345 bytes");
  });

  it("uses Arabic's zero, one, two, few, many and other forms", () => {
    const added = (n: number) => tCount("ar", "data.diff.count.added", n);
    expect([0, 1, 2, 3, 11, 100].map(added)).toEqual([
      "لا صف مضاف",
      "صف واحد مضاف",
      "صفان مضافان",
      "3 صفوف مضافة",
      "11 صفًا مضافًا",
      "100 صف مضاف",
    ]);
  });

  it("falls back to the other form for a category a string does not list", () => {
    expect(tCount("en", "data.diff.count.added", 1)).toBe("1 added");
  });
});

describe("plural strings", () => {
  const keys = Object.keys(frPlurals).sort();

  it.each(LANGS)("%s has exactly the plural keys of French, each with an other form", (lang) => {
    const table = PLURALS[lang as Lang] as Record<string, { other: string }>;
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys) expect(table[key]?.other, `${lang}: ${key}`).toContain("{n}");
  });

  it.each(LANGS)("%s gives forms only for categories its language has", (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, forms] of Object.entries(PLURALS[lang as Lang]))
      for (const form of Object.keys(forms).filter((f) => !f.startsWith("=")))
        expect(categories, `${lang}: ${key}.${form}`).toContain(form);
  });
});
