import { describe, expect, it } from "vitest";
import { numbersInQuote } from "../../src/lib/data/quote-numbers.ts";

describe("numbersInQuote", () => {
  it("reads French thousands separators", () => {
    expect(numbersInQuote("emploient 2.000 salariés")).toContain(2000);
    expect(numbersInQuote("environ 1 500 personnes")).toContain(1500);
    expect(numbersInQuote("1500 personnes")).toContain(1500);
  });

  it("scales millions of dirhams", () => {
    expect(numbersInQuote("800 millions de dirhams")).toEqual([800, 800_000_000]);
    expect(numbersInQuote("quelque 500 MDH")).toEqual([500, 500_000_000]);
  });

  it("reads percentages and decimals", () => {
    expect(numbersInQuote("10% du marché")).toEqual([10]);
    expect(numbersInQuote("1,5 million")).toContain(1_500_000);
  });

  it("does not invent a number the quote lacks", () => {
    expect(numbersInQuote("plus de 900 entreprises")).not.toContain(9000);
    expect(numbersInQuote("sans chiffre")).toEqual([]);
  });
});
