import type { Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { axisFor } from "./axis.ts";
import { CHART_CATALOG } from "./catalog.ts";
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

/** The metrics the catalog lists for `slug`; throws for an unknown slug. */
export function catalogMetrics(slug: string): readonly string[] {
  const entry = CHART_CATALOG.find((c) => c.slug === slug);
  if (!entry) throw new Error(`chart: ${slug} is not in CHART_CATALOG`);
  return entry.metrics;
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
  slug: string,
  options: ChartOptions,
  build: PanelBuilder = timeSeriesPanel,
  select: (metric: Metric) => Observation[] = (m) => observationsOf(dataset, m.id, options),
): Panel[] {
  const panels = catalogMetrics(slug)
    .map((id) => dataset.metrics.find((m) => m.id === id))
    .filter((m): m is Metric => m !== undefined)
    .map((m) => ({ metric: m, observations: select(m) }))
    .filter((p) => p.observations.length > 0)
    .map((p) =>
      p.observations.length < 2
        ? bigNumberPanel(p.metric, p.observations)
        : build(dataset, lang, p.metric, p.observations, options, axisFor(p.metric, lang)),
    );
  return [...panels.filter((p) => p.plot), ...panels.filter((p) => !p.plot)];
}
