import { describe, expect, it } from "vitest";
import { parseHorizon } from "../../../src/schemas/horizon.ts";

describe("parseHorizon", () => {
  it("reads ISO 8601 durations in years and months", () => {
    expect([parseHorizon("P2Y"), parseHorizon("P18M"), parseHorizon("P1Y6M")]).toEqual([
      { years: 2, months: 0 },
      { years: 0, months: 18 },
      { years: 1, months: 6 },
    ]);
  });

  it("refuses a zero length, days, times, words and an empty duration", () => {
    expect(["P0Y", "P0Y0M", "P10D", "PT5H", "2 ans", "P", "", "p2y"].map(parseHorizon)).toEqual(
      Array(8).fill(undefined),
    );
  });
});
