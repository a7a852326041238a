import { describe, expect, it } from "vitest";
import { headCountOf } from "../../../../src/lib/model/head-count.ts";

describe("headCountOf(cumulativeId)", () => {
  it("gives the stock a running total includes", () => {
    expect(headCountOf("companies_hosted_cumulative")).toBe("companies_hosted");
    expect(headCountOf("companies_accompanied_cumulative")).toBe("companies_hosted");
    expect(headCountOf("jobs_cumulative")).toBe("jobs");
  });

  it("gives jobs for jobs created since 2001, the head-count they are quoted as", () => {
    expect(headCountOf("jobs_created_direct_indirect")).toBe("jobs");
  });

  it("gives nothing for a running total no head-count is read against", () => {
    expect(headCountOf("companies_created_cumulative")).toBeUndefined();
    expect(headCountOf("jobs")).toBeUndefined();
  });
});
