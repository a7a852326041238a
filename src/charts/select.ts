import type { StringKey } from "../i18n/index.ts";
import type { Dataset, Observation } from "../lib/data/dataset.ts";
import { scopeRank } from "../lib/model/figures.ts";
import type { ChartOptions } from "./types.ts";

/**
 * Table order: the network first, then sites in the order of sites.csv, then
 * year, then source id, so disagreeing figures sit side by side.
 */
export function compareObservations(dataset: Dataset): (a: Observation, b: Observation) => number {
  const rank = scopeRank(dataset);
  return (a, b) =>
    rank(a.site) - rank(b.site) || a.year - b.year || a.source.localeCompare(b.source);
}

/**
 * The figures of `metricId`, sorted in table order. With `options.site`,
 * that site's figures only: the network's are left out, as they cover more
 * than the site. A figure of a period (period_start: «Depuis 2007 …
 * trente nouvelles entreprises par an», 2007–2011) is kept: a time series
 * draws it as a span over its period, never as one year's point.
 */
export function observationsOf(
  dataset: Dataset,
  metricId: string,
  options: ChartOptions = {},
): Observation[] {
  return metricFigures(dataset, metricId, options);
}

/**
 * Figures kept in the data as printed but never drawn in a series, each with
 * the caveat that names it on every chart of its metric. A line through them
 * would show a change no source states. TelQuel's «plus de 1500 emplois
 * directs et indirects» (July 2023, audit L13) sits between 15 000 in 2021
 * and 2022 and «plus de 15.000» the month after: most likely a slip for
 * 15 000, so drawn it would make the series fall by nine tenths and rise
 * back.
 */
export const WITHHELD_FROM_CHARTS: Readonly<Record<string, StringKey>> = {
  "telquel-essaouira-2023.jobs_created_direct_indirect.network.2023": "chart.caveat.likelySlip",
};

/** The figures of `metricId` that no chart draws (WITHHELD_FROM_CHARTS), in table order. */
export function withheldObservationsOf(dataset: Dataset, metricId: string): Observation[] {
  return dataset.observations
    .filter((o) => o.metric === metricId && o.id in WITHHELD_FROM_CHARTS)
    .sort(compareObservations(dataset));
}

/**
 * The ranges of `metricId` («de 90 à 100», qualifier range), in table
 * order. No chart draws them: a point at either end, or between, would
 * show a number the source did not print, so each chart of the metric
 * names them in a caveat and its table has them whole.
 */
export function rangeObservationsOf(
  dataset: Dataset,
  metricId: string,
  options: ChartOptions = {},
): Observation[] {
  return dataset.observations
    .filter(
      (o) =>
        o.metric === metricId &&
        o.qualifier === "range" &&
        (!options.site || o.site === options.site),
    )
    .sort(compareObservations(dataset));
}

/** The period figures of `metricId`, in table order. */
export function periodObservationsOf(
  dataset: Dataset,
  metricId: string,
  options: ChartOptions = {},
): Observation[] {
  return metricFigures(dataset, metricId, options).filter((o) => o.period_start !== undefined);
}

function metricFigures(dataset: Dataset, metricId: string, options: ChartOptions): Observation[] {
  return dataset.observations
    .filter((o) => o.metric === metricId && (!options.site || o.site === options.site))
    .filter((o) => !(o.id in WITHHELD_FROM_CHARTS) && o.qualifier !== "range")
    .sort(compareObservations(dataset));
}
