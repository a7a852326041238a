import * as d3 from "d3";
import type { Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { formatNumber } from "../lib/format/format.ts";
import { NETWORK } from "../schemas/sites.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { sameFigureKey } from "../lib/model/figures.ts";
import { embedLtr, sourceLabel, svgText, valueLabel } from "./labels.ts";
import { figureMarks, labelMarks, markKinds, type Label, type Point } from "./marks.ts";
import { seriesSlot } from "./palette.ts";
import { observationsOf } from "./select.ts";
import type { AxisConfig } from "./time-series.ts";
import { WIDE, type ChartOptions, type Panel } from "./types.ts";

const ROW_PX = 40;
const CHAR_PX = 6.6;

/**
 * The year a comparison of sites is drawn for: the latest year in which at
 * least two sites have a figure, else the latest year with any figure.
 */
export function comparisonYear(observations: readonly Observation[]): number | undefined {
  const sitesByYear = new Map<number, Set<string>>();
  for (const o of observations)
    sitesByYear.set(o.year, (sitesByYear.get(o.year) ?? new Set()).add(o.site));
  const years = [...sitesByYear.keys()].sort((a, b) => b - a);
  return years.find((y) => (sitesByYear.get(y)?.size ?? 0) > 1) ?? years[0];
}

/**
 * The figures a by-site chart draws for `metric`: per-site figures only (the
 * network total is not a site), of the comparison year, in table order.
 */
export function bySiteObservations(
  dataset: Dataset,
  metric: Metric,
  options: ChartOptions,
): Observation[] {
  const perSite = observationsOf(dataset, metric.id, options).filter((o) => o.site !== NETWORK);
  const year = comparisonYear(perSite);
  return perSite.filter((o) => o.year === year);
}

/**
 * A panel comparing sites for one metric and one year: a row per site (a
 * row per source where sources disagree, named with the source), a mark per
 * figure with its qualifier, the value as published beside it. Values run
 * left to right in every language. Called with two figures or more
 * (`metricPanels` makes a single figure a big number).
 */
export function bySitePanel(
  dataset: Dataset,
  lang: Lang,
  metric: Metric,
  observations: Observation[],
  options: ChartOptions,
  axis: AxisConfig,
): Panel {
  const width = options.width ?? WIDE;
  const divisor = axis.divisor ?? 1;
  const counts = d3.rollup(observations, (g) => g.length, sameFigureKey);
  const points: Point[] = observations.map((obs) => {
    const disputed = (counts.get(sameFigureKey(obs)) ?? 0) > 1;
    const scope = scopeLabel(dataset, obs.site, lang, "city");
    const source = embedLtr(sourceLabel(dataset, obs), lang);
    const row = svgText(disputed ? `${scope} (${source})` : scope, lang);
    const x = obs.value / divisor;
    return { obs, x, y: row, slot: seriesSlot(dataset, obs.site) };
  });
  const texts = points.map((p) => svgText(valueLabel(p.obs, lang), lang));
  const rows = [...new Set(points.map((p) => p.y as string))];
  const longest = Math.max(...rows.map((r) => r.length));
  const labelRoom = Math.max(...texts.map((text) => text.length)) * CHAR_PX + 24;
  const [, xMax] = d3.nice(0, Math.max(...points.map((p) => p.x)), width < WIDE ? 3 : 5);
  const margin = {
    top: 28,
    bottom: 34,
    left: Math.ceil(longest * CHAR_PX + 14),
    right: Math.ceil(labelRoom),
  };
  // Each row holds one figure, so its value always fits to the right of its
  // mark, 12 px on (converted to data units, as Plot's dx is one per mark).
  const unitsPerPx = xMax / (width - margin.left - margin.right);
  const labels: Label[] = points.map((p, i) => ({
    x: p.x + 12 * unitsPerPx,
    y: p.y,
    lines: [texts[i] ?? ""],
    anchor: "start",
  }));

  return {
    metric,
    observations,
    marks: markKinds(points, false, false),
    plot: {
      width,
      height: margin.top + margin.bottom + rows.length * ROW_PX,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: {
        domain: [0, xMax],
        ticks: d3.ticks(0, xMax, width < WIDE ? 3 : 5),
        tickFormat: (v: number) => formatNumber(v, lang),
        grid: true,
        label: svgText(axis.label, lang),
        labelArrow: "none",
        labelAnchor: "right",
      },
      y: { domain: rows, label: null, tickSize: 0 },
      marks: [...figureMarks(points, "right"), ...labelMarks(labels)],
    },
  };
}
