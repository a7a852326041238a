import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/dataset.ts";
import { formatNumber } from "../lib/format.ts";
import { localized } from "../lib/localize.ts";
import { dodge } from "./dodge.ts";
import { scopeName, sourceLabel, svgText, valueLabel, wrapWords } from "./labels.ts";
import { figureMarks, labelMarks, markKinds, type Point } from "./marks.ts";
import { seriesSlot, slotClass } from "./palette.ts";
import { sameFigureKey } from "./select.ts";
import { WIDE, type ChartOptions, type Panel } from "./types.ts";

export interface AxisConfig {
  /** The value axis shows value ÷ divisor (1e6: millions); labels keep the value as published. */
  divisor?: number;
  /** Title of the value axis ("Entreprises", "Millions de dirhams"). */
  label: string;
}

const FONT_PX = 12;
const LINE_PX = FONT_PX * 1.2;
/** Average advance of a character at FONT_PX, to wrap labels into the margin. */
const CHAR_PX = 6.6;

function layout(width: number) {
  return width < WIDE
    ? { height: 280, top: 36, bottom: 28, left: 44, right: 104 }
    : { height: 340, top: 36, bottom: 30, left: 60, right: 176 };
}

/** Sites whose opening the chart marks: the filtered site, or every site. */
function openings(dataset: Dataset, lang: Lang, options: ChartOptions, lastYear: number) {
  return dataset.sites
    .filter((s) => (!options.site || s.id === options.site) && s.opened <= lastYear)
    .map((s) => ({
      year: s.opened,
      text: svgText(t(lang, "chart.opening", { site: localized(s, "city", lang) }), lang),
    }));
}

/** Dashed links between the consecutive years of one series, never through a disputed year. */
function links(points: readonly Point[]) {
  const bySeries = d3.group(points, (p) => p.obs.site);
  const out: { x1: number; y1: number; x2: number; y2: number; slot: number }[] = [];
  for (const series of bySeries.values()) {
    const years = d3.group(series, (p) => p.x);
    const single = [...years.values()].flatMap((g) => (g.length === 1 ? g : []));
    const sorted = [...years.keys()].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      const a = single.find((p) => p.x === sorted[i - 1]);
      const b = single.find((p) => p.x === sorted[i]);
      if (a && b)
        out.push({ x1: a.x, y1: a.y as number, x2: b.x, y2: b.y as number, slot: a.slot });
    }
  }
  return out;
}

/**
 * A panel for one metric by year: a mark per figure (shape by qualifier),
 * a colour per site and the network in the text colour, a label with the
 * value as published beside each mark (the series name at its last year,
 * the source where two sources give the same figure), dashed links between
 * consecutive figures of a series (no yearly values are implied), and a
 * rule at each site's opening. One figure: a big number, no plot.
 */
export function timeSeriesPanel(
  dataset: Dataset,
  lang: Lang,
  metric: Metric,
  observations: Observation[],
  options: ChartOptions,
  axis: AxisConfig,
): Panel {
  const none: Panel["marks"] = { qualifiers: new Set(), links: false, openings: false };
  if (observations.length < 2)
    return {
      metric,
      observations,
      marks: { ...none, qualifiers: new Set(observations.map((o) => o.qualifier)) },
    };

  const width = options.width ?? WIDE;
  const L = layout(width);
  const divisor = axis.divisor ?? 1;
  const maxChars = Math.floor((L.right - 14) / CHAR_PX);
  const counts = d3.rollup(observations, (g) => g.length, sameFigureKey);
  const lastYear = d3.rollup(
    observations,
    (g) => Math.max(...g.map((o) => o.year)),
    (o) => o.site,
  );

  const points: Point[] = observations.map((obs) => {
    const disputed = (counts.get(sameFigureKey(obs)) ?? 0) > 1;
    const value = valueLabel(obs, lang) + (disputed ? ` (${sourceLabel(dataset, obs)})` : "");
    const isLast = lastYear.get(obs.site) === obs.year;
    const lines = [
      ...(isLast ? wrapWords(scopeName(dataset, obs.site, lang), maxChars) : []),
      ...wrapWords(value, maxChars),
    ].map((line) => svgText(line, lang));
    const y = obs.value / divisor;
    return { obs, x: obs.year, y, slot: seriesSlot(dataset, obs.site), lines, labelAt: y };
  });

  const opened = openings(dataset, lang, options, Math.max(...points.map((p) => p.x)));
  const years = [...points.map((p) => p.x), ...opened.map((o) => o.year)];
  let [x0, x1] = d3.extent(years) as [number, number];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const [, yMax] = d3.nice(0, Math.max(...observations.map((o) => o.value / divisor)) * 1.05, 5);

  // Labels sit beside their mark; those of one year are moved apart in px.
  const inner = L.height - L.top - L.bottom;
  const toPx = (v: number) => L.top + (1 - v / yMax) * inner;
  const fromPx = (px: number) => yMax * (1 - (px - L.top) / inner);
  for (const column of d3.group(points, (p) => p.x).values()) {
    const centres = dodge(
      column.map((p) => ({ centre: toPx(p.y as number), size: p.lines.length * LINE_PX })),
      L.top - 8,
      L.height - L.bottom,
    );
    column.forEach((p, i) => (p.labelAt = fromPx(centres[i] ?? 0)));
  }

  const segments = links(points);
  const marks: Plot.Markish[] = [
    Plot.ruleX(opened, { x: "year", strokeOpacity: 0.45, className: "tp-opening" }),
    Plot.text(opened, {
      x: "year",
      text: "text",
      frameAnchor: "bottom",
      rotate: -90,
      textAnchor: "start",
      // Left of the rule: a site's figures come after its opening, so the
      // years before it are free of marks.
      lineAnchor: "bottom",
      dx: -3,
      dy: -4,
      className: "tp-opening-label",
    }),
    ...d3
      .groups(segments, (s) => s.slot)
      .map(([slot, group]) =>
        Plot.link(group, {
          x1: "x1",
          y1: "y1",
          x2: "x2",
          y2: "y2",
          strokeDasharray: "5,4",
          strokeWidth: 1.5,
          className: `${slotClass(slot)} tp-link`,
        }),
      ),
    ...figureMarks(points, "up"),
    labelMarks(points, 12),
  ];

  return {
    metric,
    observations,
    marks: markKinds(points, segments.length > 0, opened.length > 0),
    plot: {
      width,
      height: L.height,
      marginTop: L.top,
      marginRight: L.right,
      marginBottom: L.bottom,
      marginLeft: L.left,
      x: {
        domain: [x0, x1],
        inset: 20,
        ticks: d3.ticks(x0, x1, width < WIDE ? 4 : 8).filter(Number.isInteger),
        tickFormat: "d",
        label: null,
      },
      y: {
        domain: [0, yMax],
        ticks: d3.ticks(0, yMax, 5),
        tickFormat: (v: number) => formatNumber(v, lang),
        grid: true,
        label: svgText(axis.label, lang),
        labelArrow: "none",
      },
      marks,
    },
  };
}
