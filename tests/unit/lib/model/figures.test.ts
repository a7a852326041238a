import { describe, expect, it } from "vitest";
import type { Dataset, Observation } from "../../../../src/lib/data/dataset.ts";
import {
  disagreements,
  preferNetwork,
  sameFigureGroups,
  sameFigureKey,
  scopeRank,
} from "../../../../src/lib/model/figures.ts";

const o = (id: string, site: string, year: number, metric = "jobs") =>
  ({ id, metric, site, year }) as Observation;

describe("same-figure grouping", () => {
  const figures = [
    o("a", "rabat", 2016),
    o("b", "network", 2016),
    o("c", "rabat", 2016),
    o("d", "rabat", 2016, "companies_new"),
    o("e", "rabat", 2015),
  ];

  it("sameFigureKey(o) is metric, site and year", () => {
    expect(sameFigureKey(o("x", "rabat", 2016))).toBe("jobs|rabat|2016");
  });

  it("sameFigureGroups groups by metric, site and year, in order of first figure", () => {
    expect(sameFigureGroups(figures).map((g) => g.map((f) => f.id))).toEqual([
      ["a", "c"],
      ["b"],
      ["d"],
      ["e"],
    ]);
  });

  it("a rate's horizon is part of the figure: two horizons are two figures", () => {
    const rate = (id: string, horizon: string, horizon_from = "") =>
      ({ ...o(id, "network", 2022, "survival_rate_pct"), horizon, horizon_from }) as Observation;
    const rates = [
      rate("f", "P5Y", "creation"),
      rate("g", "P5Y", "exit"),
      rate("h", "P5Y", "exit"),
    ];
    expect(sameFigureKey(rates[0] as Observation)).toBe(
      "survival_rate_pct|network|2022|P5Y|creation",
    );
    expect(sameFigureGroups(rates).map((g) => g.map((f) => f.id))).toEqual([["f"], ["g", "h"]]);
  });

  it("disagreements keeps the groups of two figures or more", () => {
    expect(disagreements(figures).map((g) => g.map((f) => f.id))).toEqual([["a", "c"]]);
  });
});

describe("network first", () => {
  const dataset = { sites: [{ id: "casablanca" }, { id: "rabat" }] } as Dataset;

  it("scopeRank puts the network before the sites, sites in sites.csv order", () => {
    const rank = scopeRank(dataset);
    expect(["rabat", "network", "casablanca"].sort((a, b) => rank(a) - rank(b))).toEqual([
      "network",
      "casablanca",
      "rabat",
    ]);
  });

  it("preferNetwork keeps the network's figures when there are any, else every site's", () => {
    const mixed = [o("a", "rabat", 2016), o("b", "network", 2016), o("c", "network", 2016)];
    expect(preferNetwork(mixed).map((f) => f.id)).toEqual(["b", "c"]);
    expect(preferNetwork([o("a", "rabat", 2016)]).map((f) => f.id)).toEqual(["a"]);
    expect(preferNetwork([])).toEqual([]);
  });
});
