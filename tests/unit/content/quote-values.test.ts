import { describe, expect, it } from "vitest";
import { numbersInQuote } from "../../../src/lib/data/quote-numbers.ts";

// Release 1.1.0 quotes "une cinquantaine d’entreprises" (La Vie éco): the
// validator must read the approximate numeral as the value it states.
describe("numbersInQuote with French approximate numerals", () => {
  it("reads une cinquantaine as 50, beside the other numbers of the quote", () => {
    expect(numbersInQuote("une cinquantaine d’entreprises à ses débuts en 2001")).toEqual([
      2001, 50,
    ]);
  });

  it("reads each numeral of the family, whatever its case", () => {
    expect(numbersInQuote("une dizaine")).toEqual([10]);
    expect(numbersInQuote("une Vingtaine de start-up")).toEqual([20]);
    expect(numbersInQuote("une centaine d’entreprises")).toEqual([100]);
  });

  it("does not read a vague plural as a figure", () => {
    expect(numbersInQuote("des centaines de personnes")).toEqual([]);
    expect(numbersInQuote("des dizaines d’entreprises")).toEqual([]);
  });
});
