import { describe, expect, it } from "vitest";
import { datasetDifferences } from "../../../../src/lib/release/compare-datasets.ts";

const empty = { sources: [], sites: [], metrics: [], events: [], places: [], corrections: [] };
const obs = (value: unknown, quote = "q") => ({
  id: "x.jobs.network.2016",
  metric: "jobs",
  site: "network",
  year: 2016,
  value,
  unit: "people",
  qualifier: "exact",
  source: "x",
  quote,
  note: "",
});

describe("datasetDifferences", () => {
  it("finds nothing between equal datasets", () => {
    const d = { ...empty, observations: [obs(0.0000001)] };
    expect(datasetDifferences(d, structuredClone(d))).toEqual([]);
  });

  it("names the table, row, id and field of each difference", () => {
    expect(
      datasetDifferences(
        { ...empty, observations: [obs(0.0000001, "-2+3")] },
        { ...empty, observations: [obs("1e-7", "'-2+3")] },
      ),
    ).toEqual([
      'observations row 1 (x.jobs.network.2016): value is "1e-7", expected 1e-7',
      'observations row 1 (x.jobs.network.2016): quote is "\'-2+3", expected "-2+3"',
    ]);
  });

  it("counts rows lost on the way", () => {
    expect(
      datasetDifferences({ ...empty, observations: [obs(1)] }, { ...empty, observations: [] }),
    ).toEqual(["observations: 0 rows, expected 1"]);
  });
});
