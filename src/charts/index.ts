import { t, type Lang } from "../i18n/index.ts";
import { datasetMemo } from "../lib/data/dataset-memo.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { CHART_CATALOG, chartEntry, type ChartEntry } from "./catalog.ts";
import { metricPanels, selectFigures } from "./metric-panels.ts";
import type { ChartDefinition, ChartOptions, ChartSpec } from "./types.ts";

/**
 * The one chart spec: any chart of the catalog, drawn from its entry (its
 * metrics, title and kind). Pure; throws for a slug not in the catalog.
 */
export function drawChart(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: ChartOptions = {},
): ChartDefinition {
  const entry = chartEntry(slug);
  return { slug, title: t(lang, entry.title), panels: metricPanels(dataset, lang, entry, options) };
}

/** `drawChart` for one slug, as a ChartSpec; throws at once for a slug not in the catalog. */
export function chartSpec(slug: string): ChartSpec {
  chartEntry(slug);
  return (dataset, lang, options) => drawChart(dataset, lang, slug, options);
}

/**
 * Whether `entry` would draw at least one figure of `dataset` (with the site
 * filter, if any), decided from the figures its kind selects, without
 * drawing.
 */
export function hasData(dataset: Dataset, entry: ChartEntry, options: ChartOptions = {}): boolean {
  return selectFigures(dataset, entry, options).some((p) => p.observations.length > 0);
}

const withData = datasetMemo<readonly ChartEntry[]>();

/**
 * The catalog's charts that draw at least one figure of `dataset` (with the
 * site filter, if any), in catalog order: the charts a page may link to and
 * the build publishes. A chart whose metrics have no figure yet is left out.
 * Kept per dataset (whose tables do not change once loaded): deciding
 * selects every chart's figures from the whole dataset, and every figure
 * page asks, so the build grew with the square of the data (#27).
 */
export function chartsWithData(
  dataset: Dataset,
  options: ChartOptions = {},
): readonly ChartEntry[] {
  // Every field of ChartOptions.
  const key = `${options.site ?? ""}|${options.width ?? ""}`;
  return withData(dataset, key, () =>
    CHART_CATALOG.filter((entry) => hasData(dataset, entry, options)),
  );
}

export type { ChartEntry, ChartKind } from "./catalog.ts";
export type { ChartDefinition, ChartOptions, ChartSpec, Panel } from "./types.ts";
export { plottedObservations } from "./types.ts";
