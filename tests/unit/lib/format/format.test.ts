import { describe, expect, it } from "vitest";
import {
  formatHorizon,
  formatObservation,
  formatPartialDate,
  formatQuantity,
} from "../../../../src/lib/format/format.ts";

describe("formatObservation", () => {
  it("keeps the source's qualifier: plus de 900, not 900", () => {
    const o = { value: 900, unit: "companies", qualifier: "more_than" } as const;
    expect(formatObservation(o, "fr")).toBe("plus de 900");
    expect(formatObservation(o, "en")).toBe("more than 900");
    expect(formatObservation(o, "ar")).toBe("أكثر من 900");
  });

  it("marks approximate figures", () => {
    expect(formatObservation({ value: 7500, unit: "jobs", qualifier: "approx" }, "fr")).toBe(
      "environ 7\u202f500",
    );
    expect(formatObservation({ value: 7500, unit: "jobs", qualifier: "approx" }, "en")).toBe(
      "about 7,500",
    );
  });
});

describe("a rate with its horizon", () => {
  const rate = (horizon: string, horizon_from: "" | "support" | "exit") =>
    ({ value: 86, unit: "percent", qualifier: "exact", horizon, horizon_from }) as const;

  it("says how long after what: 86 % après 2 ans", () => {
    expect(formatObservation(rate("P2Y", ""), "fr")).toBe("86\u00a0% après 2 ans");
    expect(formatObservation(rate("P2Y", ""), "en")).toBe("86% after 2 years");
    expect(formatObservation(rate("P2Y", ""), "ar")).toBe("86% بعد سنتين");
    expect(formatObservation(rate("P5Y", "support"), "fr")).toBe(
      "86\u00a0% après 5 ans d’accompagnement",
    );
    expect(formatObservation({ ...rate("P5Y", "exit"), qualifier: "approx" }, "en")).toBe(
      "about 86%, 5 years after leaving the incubator",
    );
  });

  it("keeps months as months, and joins years and months", () => {
    expect(formatHorizon("P18M", "fr")).toBe("18 mois");
    expect(formatHorizon("P1Y", "fr")).toBe("1 an");
    expect(formatHorizon("P1Y6M", "en")).toBe("1 year and 6 months");
    expect(formatHorizon("P18M", "ar")).toBe("18 شهرا");
  });

  it("adds nothing to a figure without a horizon", () => {
    expect(formatObservation({ ...rate("", ""), unit: "companies" }, "fr")).toBe("86");
  });
});

describe("formatQuantity", () => {
  it("writes areas in m² and rents in dirhams per m² a month", () => {
    expect(formatQuantity(2350, "m2", "fr")).toBe("2\u202f350\u00a0m²");
    expect(formatQuantity(50, "MAD_per_m2_month", "fr")).toBe("50\u00a0DH/m² par mois");
    expect(formatQuantity(50, "MAD_per_m2_month", "en")).toBe("MAD 50 per m² a month");
    expect(formatQuantity(50, "MAD_per_m2_month", "ar")).toBe("50 درهم للمتر المربع شهريا");
  });

  it("groups thousands per language, with Western digits in Arabic", () => {
    expect(formatQuantity(2000, "people", "fr")).toBe("2\u202f000");
    expect(formatQuantity(2000, "people", "en")).toBe("2,000");
    expect(formatQuantity(2000, "people", "ar")).toMatch(/^2[.,\u066c]?000$/);
  });

  it("writes dirham amounts as the press does", () => {
    expect(formatQuantity(800_000_000, "MAD", "fr")).toBe("800 millions de dirhams");
    expect(formatQuantity(800_000_000, "MAD", "en")).toBe("MAD 800 million");
    expect(formatQuantity(800_000_000, "MAD", "ar")).toBe("800 مليون درهم");
    expect(formatQuantity(5, "MAD", "fr")).toBe("5 dirhams");
  });

  it("writes percentages with the language's spacing", () => {
    expect(formatQuantity(10, "percent", "fr")).toBe("10\u00a0%");
    expect(formatQuantity(10, "percent", "en")).toBe("10%");
  });
});

describe("formatPartialDate", () => {
  it("shows a date at the precision it is known, never as 1 January", () => {
    expect(formatPartialDate("2012", "fr")).toBe("2012");
    expect(formatPartialDate("2016-06", "fr")).toBe("juin 2016");
    expect(formatPartialDate("2016-06-15", "fr")).toBe("15 juin 2016");
    expect(formatPartialDate("2016-06-15", "en")).toBe("15 June 2016");
    expect(formatPartialDate("2011/2012", "fr")).toBe("2011 – 2012");
  });
});

describe("a range the source prints", () => {
  const range = (value: number, value_high: number, unit: string) =>
    ({ value, value_high, unit, qualifier: "range" }) as const;

  it("gives both ends: de 30 à 40, 30 to 40, من 30 إلى 40", () => {
    expect(formatObservation(range(30, 40, "companies"), "fr")).toBe("de 30 à 40");
    expect(formatObservation(range(30, 40, "companies"), "en")).toBe("30 to 40");
    expect(formatObservation(range(30, 40, "companies"), "ar")).toBe("من 30 إلى 40");
  });

  it("says the unit once, where the language puts it", () => {
    expect(formatObservation(range(3, 4, "months"), "fr")).toBe("de 3 à 4 mois");
    expect(formatObservation(range(3, 4, "months"), "en")).toBe("3 to 4 months");
    expect(formatObservation(range(3, 4, "months"), "ar")).toBe("من 3 إلى 4 أشهر");
    expect(formatObservation(range(30, 40, "percent"), "fr")).toBe("de 30 à 40\u00a0%");
    expect(formatObservation(range(15e6, 20e6, "MAD"), "en")).toBe("MAD 15 to 20 million");
  });

  it("groups thousands in each end", () => {
    expect(formatObservation(range(1500, 2000, "m2"), "en")).toBe("1,500 to 2,000 m²");
  });
});
