import { describe, expect, it } from "vitest";
import type { Dataset, Metric, Observation } from "../../../../src/lib/data/dataset.ts";
import { headlineFigures } from "../../../../src/lib/model/headlines.ts";

const metric = (id: string, kind: Metric["kind"]) => ({ id, kind }) as Metric;
const obs = (id: string, metricId: string, year: number, horizon = "", horizon_from = "") =>
  ({ id, metric: metricId, site: "network", year, horizon, horizon_from }) as Observation;

const dataset = {
  metrics: [
    metric("survival_rate_pct", "rate"),
    metric("sites_operating", "stock"),
    metric("sites_target", "target"),
  ],
  observations: [
    obs("support-2021", "survival_rate_pct", 2021, "P5Y", "support"),
    obs("creation-2022", "survival_rate_pct", 2022, "P5Y", "creation"),
    obs("exit-2022", "survival_rate_pct", 2022, "P5Y", "exit"),
    obs("sites-2022", "sites_operating", 2022),
    obs("sites-2024", "sites_operating", 2024),
    obs("target-2027", "sites_target", 2027),
  ],
} as unknown as Dataset;

describe("headlineFigures", () => {
  const ids = headlineFigures(dataset).map((h) => h.observations.map((o) => o.id));

  it("gives a rate one headline per horizon, each its latest year: no horizon hides another", () => {
    expect(ids.slice(0, 3)).toEqual([["support-2021"], ["creation-2022"], ["exit-2022"]]);
  });

  it("gives any other metric its latest year, and a target no headline", () => {
    expect(ids.slice(3)).toEqual([["sites-2024"]]);
  });
});
