import { describe, expect, it } from "vitest";
import { findFigure, numbersInQuote, quoteNumbers } from "../../../../src/lib/data/quote-numbers.ts";

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

  it("scales Arabic thousands: «30 ألف متر مربع» is 30 000", () => {
    expect(numbersInQuote("تبلغ مساحته 30 ألف متر مربع")).toEqual([30, 30_000]);
    expect(numbersInQuote("30 ألفية")).toEqual([30]);
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

describe("quoteNumbers: the figure, not a year or a duration", () => {
  it("tells the year from the figure in «en 2011, 1500 personnes»", () => {
    expect(quoteNumbers("en 2011, 1500 personnes").map((n) => [n.text, n.role])).toEqual([
      ["2011", "year"],
      ["1500", "figure"],
    ]);
  });

  it("tells a duration from the figure in «en 10 ans, 550 entreprises»", () => {
    expect(quoteNumbers("en 10 ans, 550 entreprises").map((n) => [n.text, n.role])).toEqual([
      ["10", "duration"],
      ["550", "figure"],
    ]);
  });

  it("keeps an age as a figure (avoisinant les 30 ans) and a count of years when the metric counts time", () => {
    expect(quoteNumbers("avoisinant les 30 ans")[0]?.role).toBe("figure");
    expect(findFigure("depuis 15 ans", 15, { timeUnit: true }).found).toHaveLength(1);
    expect(findFigure("depuis 15 ans", 15).notFigure?.role).toBe("duration");
  });
});
