import { describe, expect, it } from "vitest";
import { axisFor } from "../../../src/charts/axis.ts";
import type { Metric } from "../../../src/lib/data/dataset.ts";
import { loadDataset } from "../../../src/lib/data/load-dataset.ts";

const metrics = loadDataset("data").metrics;
const metric = (id: string): Metric => {
  const m = metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

describe("axisFor(metric, lang)", () => {
  it("draws areas in thousands of m², titled so in each language", () => {
    // 30 000 m² ticks ("40 000") left the narrow plot 79 % of its 320 px.
    expect(axisFor(metric("floor_area_m2"), "fr")).toEqual({
      divisor: 1000,
      label: "Milliers de m²",
    });
    expect(axisFor(metric("floor_area_m2"), "en").label).toBe("Thousands of m²");
    expect(axisFor(metric("floor_area_m2"), "ar").label).toBe("آلاف الأمتار المربعة");
  });

  it("draws dirhams in millions, a share up to 100, a count as it is", () => {
    expect(axisFor(metric("investment_mad"), "fr")).toEqual({
      divisor: 1e6,
      label: "Millions de dirhams",
    });
    expect(axisFor(metric("occupancy_pct"), "en")).toEqual({ label: "%", max: 100 });
    expect(axisFor(metric("companies_hosted"), "fr")).toEqual({ label: "Entreprises" });
  });
});
