import { describe, expect, it } from "vitest";
import type { Dataset, Metric, Observation } from "../../../../src/lib/data/dataset.ts";
import {
  consistencyFlags,
  cumulativeFalls,
  flagsOfMetrics,
  partsExceedNetwork,
  stockAboveCumulative,
} from "../../../../src/lib/model/consistency.ts";

const metric = (id: string, kind: Metric["kind"], unit = "companies"): Metric => ({
  id,
  unit,
  kind,
  label_fr: id,
  label_en: id,
  label_ar: id,
  definition_fr: id,
  definition_en: id,
  definition_ar: id,
});

const obs = (
  id: string,
  metric: string,
  site: string,
  year: number,
  value: number,
  extra: Partial<Observation> = {},
): Observation => ({
  id,
  metric,
  site,
  scope: "",
  year,
  period_start: undefined,
  year_basis: "printed",
  year_alternatives: "",
  value,
  value_high: undefined,
  unit: "companies",
  qualifier: "exact",
  horizon: "",
  horizon_from: "",
  source: "s",
  quote: "q",
  note_fr: "",
  note_en: "",
  note_ar: "",
  ...extra,
});

const dataset = (observations: Observation[]): Dataset => ({
  sources: [],
  sites: [],
  metrics: [
    metric("companies_hosted", "stock"),
    metric("companies_accompanied_cumulative", "cumulative"),
    metric("companies_hosted_cumulative", "cumulative"),
    metric("jobs_created_direct_indirect", "cumulative", "jobs"),
    metric("jobs", "stock", "people"),
    metric("occupancy_pct", "share", "percent"),
    metric("coffee_price_mad", "stock", "MAD"),
  ],
  observations,
  events: [],
  places: [],
  corrections: [],
});

const ids = (flags: ReturnType<typeof consistencyFlags>) =>
  flags.map((f) => [f.rule, f.larger.map((o) => o.id), f.smaller.map((o) => o.id)]);

describe("cumulativeFalls: a running total does not fall over time", () => {
  it("flags a later figure below an earlier one of the same site and scope", () => {
    const d = dataset([
      obs("a", "companies_accompanied_cumulative", "casablanca", 2011, 550),
      obs("b", "companies_accompanied_cumulative", "casablanca", 2016, 500),
      obs("c", "companies_accompanied_cumulative", "casablanca", 2018, 900),
      obs("d", "companies_accompanied_cumulative", "rabat", 2018, 100),
    ]);
    expect(ids(cumulativeFalls(d))).toEqual([["cumulative-falls", ["a"], ["b"]]]);
  });

  it("reads bounds as bounds, keeps scopes apart and leaves period figures out", () => {
    const d = dataset([
      obs("a", "companies_accompanied_cumulative", "network", 2011, 550),
      obs("b", "companies_accompanied_cumulative", "network", 2016, 500, {
        qualifier: "more_than",
      }),
      obs("c", "companies_accompanied_cumulative", "network", 2012, 600, {
        qualifier: "less_than",
      }),
      obs("d", "companies_accompanied_cumulative", "network", 2017, 560),
      obs("e", "companies_accompanied_cumulative", "network", 2017, 100, {
        scope: "casablanca;rabat",
      }),
      obs("f", "companies_accompanied_cumulative", "network", 2018, 90, { period_start: 2001 }),
    ]);
    expect(ids(cumulativeFalls(d))).toEqual([]);
  });
});

describe("partsExceedNetwork: the parks do not add up to more than the network", () => {
  it("flags parks whose least figures sum above the network's", () => {
    const d = dataset([
      obs("n", "companies_hosted", "network", 2016, 230),
      obs("c1", "companies_hosted", "casablanca", 2016, 250),
      obs("c2", "companies_hosted", "casablanca", 2016, 200),
      obs("r", "companies_hosted", "rabat", 2016, 80, { qualifier: "more_than" }),
      obs("t", "companies_hosted", "tanger", 2016, 20),
    ]);
    expect(ids(partsExceedNetwork(d))).toEqual([["parts-exceed-network", ["c2", "r", "t"], ["n"]]]);
  });

  it("compares only the parks a scoped figure covers, and never a lower bound of the network", () => {
    const d = dataset([
      obs("n", "companies_hosted", "network", 2015, 230, { scope: "casablanca;rabat" }),
      obs("m", "companies_hosted", "network", 2015, 100, { qualifier: "more_than" }),
      obs("c", "companies_hosted", "casablanca", 2015, 200),
      obs("r", "companies_hosted", "rabat", 2015, 20),
      obs("t", "companies_hosted", "tanger", 2015, 50),
    ]);
    expect(ids(partsExceedNetwork(d))).toEqual([]);
  });

  it("adds only what adds up: not shares, prices or a single park", () => {
    const d = dataset([
      obs("n", "occupancy_pct", "network", 2016, 90, { unit: "percent" }),
      obs("c", "occupancy_pct", "casablanca", 2016, 99, { unit: "percent" }),
      obs("r", "occupancy_pct", "rabat", 2016, 80, { unit: "percent" }),
      obs("p", "coffee_price_mad", "network", 2011, 5, { unit: "MAD" }),
      obs("q", "coffee_price_mad", "casablanca", 2011, 4, { unit: "MAD" }),
      obs("s", "coffee_price_mad", "rabat", 2011, 4, { unit: "MAD" }),
      obs("j", "jobs", "network", 2016, 10, { unit: "people" }),
      obs("k", "jobs", "casablanca", 2016, 20, { unit: "people" }),
    ]);
    expect(ids(partsExceedNetwork(d))).toEqual([]);
  });
});

describe("stockAboveCumulative: a stock is not above a running total that includes it", () => {
  it("flags companies present above those hosted or accompanied since the opening", () => {
    const d = dataset([
      obs("h", "companies_hosted", "network", 2022, 300),
      obs("hc", "companies_hosted_cumulative", "network", 2022, 250),
      obs("ac", "companies_accompanied_cumulative", "network", 2022, 320),
      obs("ac2", "companies_accompanied_cumulative", "network", 2022, 280, {
        qualifier: "more_than",
      }),
      obs("other", "companies_hosted_cumulative", "casablanca", 2022, 10),
    ]);
    expect(ids(stockAboveCumulative(d))).toEqual([["stock-above-cumulative", ["h"], ["hc"]]]);
  });

  it("does not pair jobs with jobs created, direct and indirect", () => {
    const d = dataset([
      obs("j", "jobs", "network", 2021, 20000, { unit: "people" }),
      obs("c", "jobs_created_direct_indirect", "network", 2021, 15000, { unit: "jobs" }),
    ]);
    expect(stockAboveCumulative(d)).toEqual([]);
  });
});

describe("consistencyFlags and flagsOfMetrics", () => {
  it("lists every rule's flags, and picks those of a chart's metrics", () => {
    const d = dataset([
      obs("a", "companies_accompanied_cumulative", "casablanca", 2011, 550),
      obs("b", "companies_accompanied_cumulative", "casablanca", 2016, 500),
      obs("h", "companies_hosted", "casablanca", 2016, 600),
    ]);
    const flags = consistencyFlags(d);
    expect(ids(flags)).toEqual([
      ["cumulative-falls", ["a"], ["b"]],
      ["stock-above-cumulative", ["h"], ["b"]],
    ]);
    expect(ids(flagsOfMetrics(flags, ["companies_hosted"]))).toEqual([
      ["stock-above-cumulative", ["h"], ["b"]],
    ]);
    expect(flagsOfMetrics(flags, ["jobs"])).toEqual([]);
  });
});
