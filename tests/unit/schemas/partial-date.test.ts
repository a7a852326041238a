import { describe, expect, it } from "vitest";
import { parsePartialDate, pointKey } from "../../../src/schemas/partial-date.ts";

describe("parsePartialDate", () => {
  it("reads a year, a month, a day and an interval with their precision", () => {
    expect(parsePartialDate("2012").value?.start).toEqual({ year: 2012, precision: "year" });
    expect(parsePartialDate("2016-06").value?.start).toEqual({
      year: 2016,
      month: 6,
      precision: "month",
    });
    expect(parsePartialDate("2016-06-15").value?.start.precision).toBe("day");
    const interval = parsePartialDate("2011/2012").value;
    expect([interval?.start.year, interval?.end?.year]).toEqual([2011, 2012]);
  });

  it("refuses impossible or malformed dates", () => {
    expect(parsePartialDate("2016-02-30").error).toBe("is not a real day");
    expect(parsePartialDate("2016-13").error).toBe("has no month 13");
    expect(parsePartialDate("15/06/2016").error).toBe(
      "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (or an interval A/B of them)",
    );
    expect(parsePartialDate("2012/2011").error).toBe(
      "is an interval that does not end after it starts",
    );
    expect(parsePartialDate("1989", { min: 1990, max: 2100 }).error).toBe(
      "has a year outside 1990–2100",
    );
    expect(parsePartialDate("June 2016").error).toMatch(/^is not a date of the form/);
  });

  it("sorts points by their first day", () => {
    const key = (s: string) => {
      const value = parsePartialDate(s).value;
      if (!value) throw new Error(s);
      return pointKey(value.start);
    };
    expect(["2016-06-15", "2016", "2012-01-27"].map(key).sort()).toEqual([
      "2012-01-27",
      "2016-01-01",
      "2016-06-15",
    ]);
  });
});
