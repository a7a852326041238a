import * as d3 from "d3";
import type { Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { fitLine } from "../lib/format/cut-word.ts";
import { formatNumber } from "../lib/format/format.ts";
import { NETWORK } from "../schemas/sites.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import * as Plot from "@observablehq/plot";
import { labelMark } from "./label-mark.ts";
import { sourceLabel, svgText, valueLabel, wholeName } from "./labels.ts";
import { figureMarks, markKinds, seriesOf, type Point } from "./marks.ts";
import { textWidth } from "../lib/draw/text-width.ts";
import { tooltip } from "./tooltip.ts";
import { seriesSlot } from "./palette.ts";
import { observationsOf } from "./select.ts";
import type { AxisConfig } from "./time-series.ts";
import { WIDE, type ChartOptions, type Panel } from "./types.ts";
import { FONT_PX } from "../lib/draw/mark-sizes.ts";

const ROW_PX = 40;

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
  // Per-site figures of one year: the network total is not a site, a period figure not a year's.
  const perSite = observationsOf(dataset, metric.id, options).filter(
    (o) => o.site !== NETWORK && o.period_start === undefined,
  );
  const year = comparisonYear(perSite);
  return perSite.filter((o) => o.year === year);
}

/**
 * A panel comparing sites for one metric and one year: a row per site and
 * figure as published (identical figures of several sources share a row,
 * named with their sources where the site has other figures), the site's
 * name above its first row, inside the plot, so the plot keeps the width
 * of the drawing; a mark per figure with its qualifier and its tooltip,
 * the value placed beside it with Plot's scales (labelMark). Values run
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
  const narrow = width < WIDE;
  const divisor = axis.divisor ?? 1;
  const texts = new Map(observations.map((o) => [o.id, valueLabel(o, lang)]));
  const perSite = d3.group(observations, (o) => o.site);
  const row = (o: Observation) => `${o.site}|${texts.get(o.id)}`;
  const points: Point[] = observations.map((obs) => ({
    obs,
    x: obs.value / divisor,
    y: row(obs),
    slot: seriesSlot(dataset, obs.site),
  }));
  const rows = [...new Set(points.map((p) => p.y as string))];
  const labels = d3
    .groups(points, (p) => p.y as string)
    .map(([key, same]) => {
      const site = same[0]?.obs.site ?? "";
      const values = new Set((perSite.get(site) ?? []).map((o) => texts.get(o.id)));
      const sources = [...new Set(same.map((p) => wholeName(sourceLabel(dataset, p.obs), lang)))];
      const text = texts.get(same[0]?.obs.id ?? "") ?? "";
      return {
        x: same[0]?.x ?? 0,
        y: rows.indexOf(key),
        text: values.size > 1 ? `${text} (${sources.join(", ")})` : text,
        figures: same.map((p) => p.obs.id),
        bound: same.some((p) => p.obs.qualifier !== "exact" && p.obs.qualifier !== "approx"),
      };
    });
  const [, xMax] = d3.nice(0, Math.max(...points.map((p) => p.x)) * 1.05, narrow ? 3 : 5);
  const line = (l: string) => (lang === "ar" ? svgText(l, lang) : l);
  const ticks = d3.ticks(0, xMax, narrow ? 3 : 5);
  // Room for half the last tick's label, centred on the right edge of the plot.
  const lastTick = textWidth(formatNumber(ticks[ticks.length - 1] ?? 0, lang), FONT_PX);
  const margin = { top: 50, bottom: 26, left: 12, right: Math.ceil(lastTick / 2 + 6) };
  const indexed = points.map((p) => ({ ...p, y: rows.indexOf(p.y as string) }));
  // A site's name is one line across the plot: one longer than that (a
  // name typed without a space) is cut short with "…" (the table below the
  // chart and the tooltip give it whole). Measured a little wide for bold.
  const room = width - margin.left - margin.right;
  const headers = [...perSite.keys()].map((site) => ({
    row: rows.findIndex((r) => r.startsWith(`${site}|`)),
    text: fitLine(scopeLabel(dataset, site, lang, "city"), (s) => textWidth(s, 13) <= room),
  }));

  return {
    metric,
    observations,
    marks: markKinds(points, false, false, seriesOf(dataset, lang, points)),
    plot: {
      width,
      height: margin.top + margin.bottom + rows.length * ROW_PX,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: { domain: [0, xMax] },
      // Rows by index, from the top: a band of ROW_PX each.
      y: { domain: [rows.length - 0.5, -0.5], axis: null },
      marks: [
        Plot.gridX(ticks, { className: "tp-grid" }),
        Plot.axisX(ticks, { tickFormat: (v: number) => formatNumber(v, lang), label: null }),
        Plot.text([axis.label], {
          frameAnchor: "top-left",
          text: (d: string) => line(d),
          textAnchor: "start",
          lineAnchor: "middle",
          dx: -margin.left + 2,
          dy: -margin.top + 10,
          className: "tp-axis-title",
        }),
        Plot.text(headers, {
          y: "row",
          text: (d: { text: string }) => line(d.text),
          frameAnchor: "left",
          textAnchor: "start",
          lineAnchor: "middle",
          dy: -16,
          fontWeight: 600,
          className: "tp-row-title",
        }),
        ...figureMarks(indexed, "right", (p) => tooltip(dataset, p.obs, lang)),
        labelMark(labels, {
          obstacles: indexed,
          lineWidth: narrow ? 12 : 20,
          lang,
          axis: "right",
        }),
      ],
    },
  };
}
