import { listItems } from "../../schemas/common.ts";
import { COUNT_UNITS } from "../../schemas/metrics.ts";
import { NETWORK } from "../../schemas/sites.ts";
import type { Dataset, Metric, Observation } from "../data/dataset.ts";

/**
 * Checks across sources, computed from the data and shown as flags (the
 * data page, chart caveats): a flag says two published figures cannot both
 * be right as printed. Nothing is ever fixed or hidden; both figures stay,
 * each with its source.
 *
 * - `cumulative-falls`: a running total (metric kind cumulative) of one
 *   site and scope is lower in a later year than in an earlier one.
 * - `parts-exceed-network`: the parks' figures of one additive metric
 *   (counts, and yearly turnover) and year add up to more than the
 *   network's figure that covers them.
 * - `stock-above-cumulative`: a stock is above a running total of the same
 *   site, scope and year that must include it: companies present now
 *   (companies_hosted) were hosted, accompanied and supported since the
 *   opening; people working now (jobs) are among the jobs counted since
 *   then (jobs_cumulative). Jobs "created, direct and indirect" are not
 *   paired with jobs: indirect jobs lie outside the parks.
 *
 * Bounds are read as bounds: "plus de 900" may be any value above 900, so
 * it can be the larger of a pair but is not held to be; "moins de" and
 * "jusqu’à" likewise the other way. Period figures (period_start) are left
 * out: they are not one year's value.
 */
export type ConsistencyRule =
  "cumulative-falls" | "parts-exceed-network" | "stock-above-cumulative";

export interface ConsistencyFlag {
  rule: ConsistencyRule;
  metric: string;
  year: number;
  /** The figures that cannot all be right: the larger side first. */
  larger: Observation[];
  smaller: Observation[];
}

/** Stock metrics and the running totals that include them. */
export const STOCK_WITHIN: Readonly<Record<string, readonly string[]>> = {
  companies_hosted: [
    "companies_hosted_cumulative",
    "companies_accompanied_cumulative",
    "companies_supported_cumulative",
  ],
  jobs: ["jobs_cumulative"],
};

/** The least the figure may be: its value, or 0 for an upper bound. */
const atLeast = (o: Observation) =>
  o.qualifier === "less_than" || o.qualifier === "at_most" ? 0 : o.value;
/** The most the figure may be: its value, or no limit for a lower bound. */
const atMost = (o: Observation) => (o.qualifier === "more_than" ? Infinity : o.value);

const scopeKey = (o: Observation) => `${o.site}|${o.scope}`;
const yearOnly = (d: Dataset) => d.observations.filter((o) => o.period_start === undefined);

/** Every consistency flag of the dataset, rule by rule, in data order. */
export function consistencyFlags(dataset: Dataset): ConsistencyFlag[] {
  return [
    ...cumulativeFalls(dataset),
    ...partsExceedNetwork(dataset),
    ...stockAboveCumulative(dataset),
  ];
}

/** For each later figure, the earlier figure of the same series that is surely larger. */
export function cumulativeFalls(dataset: Dataset): ConsistencyFlag[] {
  const cumulative = new Set(
    dataset.metrics.filter((m) => m.kind === "cumulative").map((m) => m.id),
  );
  const series = new Map<string, Observation[]>();
  for (const o of yearOnly(dataset))
    if (cumulative.has(o.metric)) {
      const key = `${o.metric}|${scopeKey(o)}`;
      series.set(key, [...(series.get(key) ?? []), o]);
    }
  const flags: ConsistencyFlag[] = [];
  for (const figures of series.values())
    for (const later of figures) {
      const earlier = figures
        .filter((e) => e.year < later.year && atLeast(e) > atMost(later))
        .sort((a, b) => b.value - a.value)[0];
      if (earlier)
        flags.push({
          rule: "cumulative-falls",
          metric: later.metric,
          year: later.year,
          larger: [earlier],
          smaller: [later],
        });
    }
  return flags;
}

const additive = (m: Metric) =>
  m.kind !== "share" &&
  ((COUNT_UNITS as readonly string[]).includes(m.unit) ||
    (m.unit === "MAD" && m.kind === "annual"));

/**
 * For each network figure, the parks it covers (its scope, or every park)
 * whose figures of that metric and year, the least of each park's figures,
 * add up to more than it may be. Needs two parks or more: one park above
 * the network is a disagreement of sources, shown as such already.
 */
export function partsExceedNetwork(dataset: Dataset): ConsistencyFlag[] {
  const metrics = new Set(dataset.metrics.filter(additive).map((m) => m.id));
  const figures = yearOnly(dataset).filter((o) => metrics.has(o.metric));
  const flags: ConsistencyFlag[] = [];
  for (const network of figures.filter((o) => o.site === NETWORK)) {
    const covered = listItems(network.scope);
    const parts = new Map<string, Observation>();
    for (const o of figures)
      if (
        o.site !== NETWORK &&
        o.metric === network.metric &&
        o.year === network.year &&
        (covered.length === 0 || covered.includes(o.site))
      ) {
        const least = parts.get(o.site);
        if (!least || atLeast(o) < atLeast(least)) parts.set(o.site, o);
      }
    const sum = [...parts.values()].reduce((s, o) => s + atLeast(o), 0);
    if (parts.size >= 2 && sum > atMost(network))
      flags.push({
        rule: "parts-exceed-network",
        metric: network.metric,
        year: network.year,
        larger: [...parts.values()],
        smaller: [network],
      });
  }
  return flags;
}

/** Each stock figure above a running total of the same site, scope and year that includes it. */
export function stockAboveCumulative(dataset: Dataset): ConsistencyFlag[] {
  const figures = yearOnly(dataset);
  const flags: ConsistencyFlag[] = [];
  for (const stock of figures) {
    const totals = STOCK_WITHIN[stock.metric];
    if (!totals) continue;
    for (const total of figures)
      if (
        totals.includes(total.metric) &&
        total.year === stock.year &&
        scopeKey(total) === scopeKey(stock) &&
        atLeast(stock) > atMost(total)
      )
        flags.push({
          rule: "stock-above-cumulative",
          metric: stock.metric,
          year: stock.year,
          larger: [stock],
          smaller: [total],
        });
  }
  return flags;
}

/** The flags that concern any of `metrics` (a chart's), on either side. */
export function flagsOfMetrics(
  flags: readonly ConsistencyFlag[],
  metrics: readonly string[],
): ConsistencyFlag[] {
  return flags.filter((f) => [...f.larger, ...f.smaller].some((o) => metrics.includes(o.metric)));
}
