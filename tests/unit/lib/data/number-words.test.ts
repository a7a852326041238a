import { describe, expect, it } from "vitest";
import { wordNumbers } from "../../../../src/lib/data/number-words.ts";
import { qualifierBefore } from "../../../../src/lib/data/qualifier-lexicon.ts";
import { findFigure, numbersInQuote } from "../../../../src/lib/data/quote-numbers.ts";

// The quotes of release 2.0.0 that write their value in words (draft
// README, "warnings"), each read as the figure it states.
describe("wordNumbers(quote)", () => {
  it("reads French tens and units", () => {
    expect(wordNumbers("accueille trente nouvelles entreprises par an")).toEqual([
      { start: 10, end: 16, text: "trente", value: 30 },
    ]);
    expect(wordNumbers("vingt-cinq start-up").map((n) => n.value)).toEqual([25]);
    expect(wordNumbers("douze projets").map((n) => n.value)).toEqual([12]);
  });

  it("reads «un milliard» as 1000000000, and a scale after a number word", () => {
    expect(wordNumbers("plus d’un milliard de dirhams")).toEqual([
      { start: 7, end: 18, text: "un milliard", value: 1e9 },
    ]);
    expect(wordNumbers("trente millions").map((n) => n.value)).toEqual([30e6]);
  });

  it("never reads un / une alone as 1", () => {
    expect(wordNumbers("une cinquantaine d’entreprises")).toEqual([]);
    expect(wordNumbers("un Technopark à Rabat")).toEqual([]);
  });

  it("reads Arabic tens in both case endings, and a unit joined to a ten", () => {
    expect(wordNumbers("ولا يتجاوز متوسط أعمارهم ثلاثين سنة").map((n) => n.value)).toEqual([30]);
    expect(wordNumbers("ثلاثون").map((n) => n.value)).toEqual([30]);
    expect(wordNumbers("ولا يتجاوز متوسط أعمارهم تسعة وعشرون سنة")).toEqual([
      { start: 25, end: 36, text: "تسعة وعشرون", value: 29 },
    ]);
  });

  it("reads «مليون» alone as one million, but leaves «700 مليون» to the digits", () => {
    expect(wordNumbers("مليون درهم").map((n) => n.value)).toEqual([1e6]);
    expect(wordNumbers("يتجاوز 700 مليون درهم")).toEqual([]);
  });

  it("reads English words", () => {
    expect(wordNumbers("thirty new companies").map((n) => n.value)).toEqual([30]);
    expect(wordNumbers("one billion dirhams").map((n) => n.value)).toEqual([1e9]);
  });
});

describe("quotes that state their value in words", () => {
  it.each([
    ["accueille trente nouvelles entreprises par an", 30],
    ["باستقبال ثلاثين مقاولة جديدة", 30],
    ["ولا يتجاوز متوسط أعمارهم تسعة وعشرون سنة", 29],
    ["plus d’un milliard de dirhams", 1e9],
    ["رقم معاملات تكنوبارك يتجاوز 700 مليون درهم", 700e6],
    ["dépassé la cinquantaine d’entreprises", 50],
  ] as const)("«%s» states %d", (quote, value) => {
    expect(numbersInQuote(quote)).toContain(value);
    expect(findFigure(quote, value, { timeUnit: true }).found.length).toBeGreaterThan(0);
  });
});

describe("qualifierBefore: bounds that may be reached, and Arabic verb-first order", () => {
  it.each([
    ["jusqu’à ", "fr", "at_most"],
    ["ne dépasse pas ", "fr", "at_most"],
    ["up to ", "en", "at_most"],
    ["ولا يتجاوز ", "ar", "at_most"],
    ["ولا يتجاوز متوسط أعمارهم ", "ar", "at_most"],
    ["رقم معاملات تكنوبارك يتجاوز ", "ar", "more_than"],
    ["لأكثر من ", "ar", "more_than"],
    ["ما يناهز ", "ar", "approx"],
    ["d’une moyenne d’âge inférieure à ", "fr", "less_than"],
    ["plus d’", "fr", "more_than"],
  ] as const)("%j (%s) is %s", (before, lang, qualifier) => {
    expect(qualifierBefore(before, lang).qualifier).toBe(qualifier);
  });

  it("does not reach a verb more than three words back", () => {
    expect(qualifierBefore("لا يتجاوز عدد كبير جدا من الشركات ", "ar").qualifier).toBe("exact");
  });
});
