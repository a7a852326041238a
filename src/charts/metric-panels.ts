import type { Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { axisFor } from "./axis.ts";
import { bySiteObservations, bySitePanel } from "./by-site.ts";
import type { ChartEntry, ChartKind } from "./catalog.ts";
import { observationsOf } from "./select.ts";
import { timeSeriesPanel, type AxisConfig } from "./time-series.ts";
import type { ChartOptions, Panel } from "./types.ts";

/** Draws one metric with two figures or more; `metricPanels` handles a single one. */
export type PanelBuilder = (
  dataset: Dataset,
  lang: Lang,
  metric: Metric,
  observations: Observation[],
  options: ChartOptions,
  axis: AxisConfig,
) => Panel;

/** What a kind of chart does with a metric: which figures it keeps, and how it draws them. */
export interface KindRules {
  select: (dataset: Dataset, metric: Metric, options: ChartOptions) => Observation[];
  build: PanelBuilder;
}

export const CHART_KINDS: Readonly<Record<ChartKind, KindRules>> = {
  "time-series": { select: (d, m, o) => observationsOf(d, m.id, o), build: timeSeriesPanel },
  "by-site": { select: bySiteObservations, build: bySitePanel },
};

/**
 * Each metric of `entry` that the dataset has, with the figures the chart's
 * kind keeps for it (the site filter applied), in catalog order; empty ones
 * included. Selects only: nothing is drawn.
 */
export function selectFigures(
  dataset: Dataset,
  entry: ChartEntry,
  options: ChartOptions,
): { metric: Metric; observations: Observation[] }[] {
  const { select } = CHART_KINDS[entry.kind];
  return entry.metrics
    .map((id) => dataset.metrics.find((m) => m.id === id))
    .filter((m): m is Metric => m !== undefined)
    .map((metric) => ({ metric, observations: select(dataset, metric, options) }));
}

/**
 * A single figure is a big number, never a one-point chart, whatever the
 * chart: decided here once rather than in each builder.
 */
function bigNumberPanel(metric: Metric, observations: Observation[]): Panel {
  return {
    metric,
    observations,
    marks: {
      qualifiers: new Set(observations.map((o) => o.qualifier)),
      links: false,
      openings: false,
      periods: { exact: false, other: false },
      series: [],
    },
  };
}

/**
 * A panel per metric of the chart that has figures (a metric the release
 * lacks, or with no figure, is left out): plots first, then big numbers,
 * each group in catalog order.
 */
export function metricPanels(
  dataset: Dataset,
  lang: Lang,
  entry: ChartEntry,
  options: ChartOptions,
): Panel[] {
  const { build } = CHART_KINDS[entry.kind];
  const panels = selectFigures(dataset, entry, options)
    .filter((p) => p.observations.length > 0)
    .map((p) =>
      p.observations.length < 2
        ? bigNumberPanel(p.metric, p.observations)
        : build(dataset, lang, p.metric, p.observations, options, axisFor(p.metric, lang)),
    );
  return [...panels.filter((p) => p.plot), ...panels.filter((p) => !p.plot)];
}
