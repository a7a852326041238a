import { describe, expect, it } from "vitest";
import { qualifierAfter, qualifierBefore } from "../../../../src/lib/data/qualifier-lexicon.ts";

describe("qualifierBefore", () => {
  it.each([
    ["accompagné plus de ", "fr", "more_than"],
    ["Plus de ", "fr", "more_than"],
    ["pas moins de ", "fr", "more_than"],
    ["moins de ", "fr", "less_than"],
    ["près de ", "fr", "approx"],
    ["environ ", "fr", "approx"],
    ["autour de ", "fr", "approx"],
    ["quelque ", "fr", "approx"],
    ["avoisinant les ", "fr", "approx"],
    ["Souss-Massa avoisine les ", "fr", "approx"],
    ["est de l’ordre de ", "fr", "approx"],
    ["des levées de fonds dépassant les ", "fr", "more_than"],
    ["dont ", "fr", "exact"],
    ["", "fr", "exact"],
    ["more than ", "en", "more_than"],
    ["about ", "en", "approx"],
    ["fewer than ", "en", "less_than"],
    ["employs ", "en", "exact"],
    ["أكثر من ", "ar", "more_than"],
    ["حوالي ", "ar", "approx"],
    ["أقل من ", "ar", "less_than"],
    ["au plus ", "fr", "at_most"],
    ["tout au plus ", "fr", "at_most"],
    ["au maximum ", "fr", "at_most"],
    ["un maximum de ", "fr", "at_most"],
    ["au minimum ", "fr", "more_than"],
    ["a maximum of ", "en", "at_most"],
    ["not less than ", "en", "more_than"],
    ["لا يقل عن ", "ar", "more_than"],
    ["لا يزيد عن ", "ar", "at_most"],
    // No-break spaces, as French typography and copied web text have them.
    ["plus\u00A0de ", "fr", "more_than"],
    ["plus de\u202F", "fr", "more_than"],
    ["au\u00A0plus\u00A0", "fr", "at_most"],
  ])("reads %j in %s as %s", (before, lang, qualifier) => {
    expect(qualifierBefore(before, lang).qualifier).toBe(qualifier);
  });

  it("reads «لن تتعدى» (will not exceed) with its subject between as at_most", () => {
    expect(qualifierBefore("قدرته الإستقطابية للمقاولات لن تتعدى حدود ", "ar").qualifier).toBe(
      "at_most",
    );
  });

  it("reads only the words just before the number, not earlier ones", () => {
    expect(qualifierBefore("plus de 10% du secteur, soit ", "fr")).toEqual({ qualifier: "exact" });
  });

  it("does not read a word that merely ends like a phrase", () => {
    expect(qualifierBefore("surplus de ", "fr")).toEqual({ qualifier: "exact" });
  });
});

describe("qualifierAfter", () => {
  it("reads a word after the number and its noun: «30 مقاولة تقريبا» is about 30", () => {
    expect(qualifierAfter(" مقاولة تقريبا", "ar")).toEqual({ qualifier: "approx", phrase: "تقريبا" });
    expect(qualifierAfter(" entreprises environ", "fr").qualifier).toBe("approx");
  });

  it("reads nothing further than two words on, nor a word that merely starts alike", () => {
    expect(qualifierAfter(" مقاولة كل سنة تقريبا", "ar")).toEqual({ qualifier: "exact" });
    expect(qualifierAfter(" entreprises environnantes", "fr")).toEqual({ qualifier: "exact" });
    expect(qualifierAfter(" مقاولة", "ar")).toEqual({ qualifier: "exact" });
  });
});
