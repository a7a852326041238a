import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import type { Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { formatNumber } from "../lib/format/format.ts";
import { figureScope, siteName } from "../lib/format/scope.ts";
import { openedYear } from "../schemas/sites.ts";
import { labelMark } from "./label-mark.ts";
import { balanceEmbeddings, sourceLabel, svgText, valueLabel, wholeName } from "./labels.ts";
import { links, seriesKey } from "./links.ts";
import { figureMarks, markKinds, periodMarks, seriesOf, type Point } from "./marks.ts";
import { OPENING_BAND, openingMarks } from "./openings.ts";
import { seriesSlot } from "./palette.ts";
import { textWidth } from "../lib/draw/text-width.ts";
import { periodValue, tooltip } from "./tooltip.ts";
import { WIDE, type ChartOptions, type Panel } from "./types.ts";
import { releaseYears } from "./x-domain.ts";
import { FONT_PX, LINK_DASH, STROKE } from "../lib/draw/mark-sizes.ts";

export interface AxisConfig {
  /** The value axis shows value ÷ divisor (1e6: millions); labels keep the value as published. */
  divisor?: number;
  /** Title of the value axis ("Entreprises", "Millions de dirhams"). */
  label: string;
  /** A fixed top of the value axis: 100 for a share. */
  max?: number;
}

const TITLE_BAND = 20;

/** Sites whose opening the chart marks: the filtered site, or every site. */
function openings(dataset: Dataset, lang: Lang, options: ChartOptions) {
  return dataset.sites
    .filter((s) => !options.site || s.id === options.site)
    .map((s) => ({ year: openedYear(s), text: siteName(dataset, s, lang) }));
}

/** One wrapped line of a label, written for an SVG <text> in `lang`. */
const svgLine = (lang: Lang) => (line: string) =>
  lang === "ar" ? svgText(balanceEmbeddings([line])[0] ?? line, lang) : line;

/**
 * The value labels of a panel, most important first: one per spot where a
 * series draws figures in a year (identical figures of several sources,
 * and figures at one value that the sources qualify differently — "700"
 * and "plus de 700" — share a spot, so one label speaks for every mark
 * there), naming its sources where the series has other figures that
 * year, its period for a period figure and its parks for a figure of part
 * of the network. Scoped figures first (their label says the scope
 * changed), then each series' latest figure, then the rest from the latest.
 */
function valueLabels(dataset: Dataset, lang: Lang, points: readonly Point[]) {
  const text = (o: Observation) =>
    o.period_start === undefined ? valueLabel(o, lang) : periodValue(dataset, o, lang);
  const sources = (same: readonly Point[]) =>
    `(${[...new Set(same.map((p) => wholeName(sourceLabel(dataset, p.obs), lang)))].join(", ")})`;
  const groups = d3.groups(
    points,
    (p) => `${seriesKey(p.obs)}|${p.obs.period_start ?? ""}|${p.obs.year}`,
  );
  const latest = d3.rollup(
    points,
    (g) => d3.max(g, (p) => p.obs.year),
    (p) => seriesKey(p.obs),
  );
  return groups
    .flatMap(([, group]) => {
      const named = d3.groups(group, (p) => text(p.obs)).length > 1;
      return d3
        .groups(group, (p) => Number(p.y))
        .map(([y, spot]) => {
          const first = spot[0] as Point;
          const o = first.obs;
          const values = d3.groups(spot, (p) => text(p.obs));
          // One value: its sources last, as ever; several: each with its sources.
          const parts =
            values.length === 1
              ? [values[0]?.[0] ?? ""]
              : [values.map(([value, same]) => `${value} ${sources(same)}`).join(", ")];
          if (o.period_start !== undefined) parts.push(`(${o.period_start}–${o.year})`);
          if (o.scope) parts.push(`– ${figureScope(dataset, o, lang)}`);
          if (values.length === 1 && named) parts.push(sources(spot));
          const rank = o.scope ? 0 : latest.get(seriesKey(o)) === o.year ? 1 : 2;
          return {
            x: first.x,
            x2: first.x2,
            y,
            bound: spot.some((p) => p.obs.qualifier !== "exact" && p.obs.qualifier !== "approx"),
            text: parts.join(" "),
            figures: spot.map((p) => p.obs.id),
            rank,
            year: o.year,
          };
        });
    })
    .sort((a, b) => a.rank - b.rank || b.year - a.year);
}

/**
 * A panel for one metric by year. Each figure is a mark at its own year,
 * never moved aside (figures of one year share the year's column; their
 * labels fan out with leader lines): its shape says its qualifier, its
 * colour its series (the network in the text colour), its <title> the
 * value as published, scope, year and source. A period figure is a
 * horizontal span over its period. Dashed links join two figures of one
 * series (site and scope) only in consecutive years each with one figure,
 * so no line implies a value nobody published, and none crosses a change
 * of scope. Value labels are placed with Plot's scales where they cover
 * nothing (labelMark); series are named in the key. The x domain is the
 * release's years, so every chart of a release shares it; openings are
 * ticks above the plot. Called with two figures or more (`metricPanels`
 * makes a single figure a big number).
 */
export function timeSeriesPanel(
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
  const [x0, x1] = releaseYears(dataset);
  const opened = openings(dataset, lang, options).filter((o) => o.year >= x0 && o.year <= x1);
  const yMax =
    axis.max ?? d3.nice(0, Math.max(...observations.map((o) => o.value / divisor)) * 1.1, 5)[1];
  const yTicks = d3.ticks(0, yMax, narrow ? 4 : 5);
  const tickPx = Math.max(...yTicks.map((v) => textWidth(formatNumber(v, lang), FONT_PX)));
  const margin = {
    top: TITLE_BAND + (opened.length > 0 ? OPENING_BAND : 6),
    right: narrow ? 14 : 18,
    bottom: 26,
    left: Math.ceil(tickPx + 12),
  };

  const points: Point[] = observations.map((obs) => ({
    obs,
    x: obs.period_start ?? obs.year,
    ...(obs.period_start !== undefined ? { x2: obs.year } : {}),
    y: obs.value / divisor,
    slot: seriesSlot(dataset, obs.site),
  }));
  const years = points.filter((p) => p.x2 === undefined);
  const spans = points.filter((p) => p.x2 !== undefined);
  // A site's capacity, area or cost stated over the years is one project
  // described by several sources, not a quantity that moved: no line.
  const segments = metric.kind === "facility" ? [] : links(years);
  const line = svgLine(lang);

  const marks: Plot.Markish[] = [
    Plot.gridY(yTicks, { className: "tp-grid" }),
    Plot.axisY(yTicks, { tickFormat: (v: number) => formatNumber(v, lang), label: null }),
    Plot.axisX(d3.ticks(x0, x1, narrow ? 4 : 8).filter(Number.isInteger), {
      tickFormat: "d",
      label: null,
    }),
    Plot.text([axis.label], {
      frameAnchor: "top-left",
      text: (d: string) => line(d),
      textAnchor: "start",
      lineAnchor: "middle",
      dx: -margin.left + 2,
      dy: -margin.top + TITLE_BAND / 2,
      className: "tp-axis-title",
    }),
    ...openingMarks(opened, line, points),
    ...d3
      .groups(segments, (s) => s.slot)
      .map(([slot, group]) =>
        Plot.link(group, {
          x1: "x1",
          y1: "y1",
          x2: "x2",
          y2: "y2",
          strokeDasharray: LINK_DASH,
          strokeWidth: STROKE.link,
          className: `tp-s${slot} tp-link`,
        }),
      ),
    ...periodMarks(spans, (p) => tooltip(dataset, p.obs, lang)),
    ...figureMarks(years, "up", (p) => tooltip(dataset, p.obs, lang)),
    labelMark(valueLabels(dataset, lang, points), {
      obstacles: points,
      lineWidth: narrow ? 10 : 14,
      lang,
      axis: "up",
    }),
  ];

  return {
    metric,
    observations,
    marks: markKinds(
      points,
      segments.length > 0,
      opened.length > 0,
      seriesOf(dataset, lang, points),
    ),
    plot: {
      width,
      height: narrow ? 320 : 380,
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      x: { domain: [x0, x1], inset: 8 },
      y: { domain: [0, yMax] },
      marks,
    },
  };
}
