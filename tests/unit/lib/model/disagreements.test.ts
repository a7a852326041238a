import { describe, expect, it } from "vitest";
import type { Observation } from "../../../../src/lib/data/dataset.ts";
import { findDisagreements } from "../../../../src/lib/model/disagreements.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";

const obs = (id: string, over: Partial<Observation>): Observation => ({
  id,
  metric: "companies_hosted",
  site: "casablanca",
  scope: "",
  year: 2011,
  period_start: undefined,
  year_basis: "printed",
  year_alternatives: "",
  value: 170,
  value_high: undefined,
  unit: "companies",
  qualifier: "exact",
  horizon: "",
  horizon_from: "",
  source: id,
  quote: "170",
  note_fr: "",
  note_en: "",
  note_ar: "",
  ...over,
});

describe("findDisagreements(observations)", () => {
  it("groups figures of the same metric, site and year; differ when value or qualifier differs", () => {
    const groups = findDisagreements([
      obs("a", {}),
      obs("b", { qualifier: "approx" }),
      obs("c", { year: 2012 }),
      obs("d", { site: "rabat", year: 2016, value: 80 }),
      obs("e", { site: "rabat", year: 2016, value: 80 }),
    ]);
    expect(groups.map((g) => [g.site, g.year, g.verdict, g.observations.map((o) => o.id)])).toEqual(
      [
        ["casablanca", 2011, "differ", ["a", "b"]],
        ["rabat", 2016, "agree", ["d", "e"]],
      ],
    );
  });

  it("finds the 2016 disagreement of release 1.1.0: more than 900 and about 800 companies accompanied", () => {
    const r = listReleases().find((x) => x.version === "1.1.0");
    if (!r) throw new Error("no 1.1.0");
    const groups = findDisagreements(loadRelease(r).observations);
    const g = groups.find(
      (x) =>
        x.metric === "companies_accompanied_cumulative" && x.site === "network" && x.year === 2016,
    );
    expect(g?.verdict).toBe("differ");
    expect(g?.observations.map((o) => [o.source, o.qualifier, o.value])).toEqual([
      ["h24info-2016", "more_than", 900],
      ["aujourdhui-15ans", "more_than", 900],
      ["lavieeco-15ans", "approx", 800],
    ]);
  });
});
