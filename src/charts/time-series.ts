import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { formatNumber } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { sameFigureKey } from "../lib/model/figures.ts";
import { embedLtr, sourceLabel, svgText, valueLabel, wrapWords } from "./labels.ts";
import { figureMarks, labelMarks, markKinds, type Label, type Point } from "./marks.ts";
import { seriesSlot, slotClass } from "./palette.ts";
import { placeLabels } from "./place-labels.ts";
import { WIDE, type ChartOptions, type Panel } from "./types.ts";
import { openedYear } from "../schemas/sites.ts";

export interface AxisConfig {
  /** The value axis shows value ÷ divisor (1e6: millions); labels keep the value as published. */
  divisor?: number;
  /** Title of the value axis ("Entreprises", "Millions de dirhams"). */
  label: string;
}

const FONT_PX = 12;
/** Average advance of a character at FONT_PX, to fit labels by hand. */
const CHAR_PX = 6.6;
const INSET = 20;
/** Marks of one year closer than this (px) are set side by side. */
const MARK_PX = 10;

function layout(width: number) {
  return width < WIDE
    ? { height: 300, top: 36, bottom: 28, left: 44, right: 104 }
    : { height: 360, top: 36, bottom: 30, left: 60, right: 176 };
}

/** Sites whose opening the chart marks: the filtered site, or every site. */
function openings(dataset: Dataset, lang: Lang, options: ChartOptions, lastYear: number) {
  return dataset.sites
    .filter((s) => (!options.site || s.id === options.site) && openedYear(s) <= lastYear)
    .map((s) => ({
      year: openedYear(s),
      text: svgText(t(lang, "chart.opening", { site: localized(s, "city", lang) }), lang),
    }));
}

/** Dashed links between the consecutive years of one series, never through a disputed year. */
function links(points: readonly Point[]) {
  const out: { x1: number; y1: number; x2: number; y2: number; slot: number }[] = [];
  for (const series of d3.group(points, (p) => p.obs.site).values()) {
    const byYear = d3.group(series, (p) => p.obs.year);
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (let i = 1; i < years.length; i++) {
      const [a, ...moreA] = byYear.get(years[i - 1] ?? 0) ?? [];
      const [b, ...moreB] = byYear.get(years[i] ?? 0) ?? [];
      if (a && b && moreA.length === 0 && moreB.length === 0)
        out.push({ x1: a.x, y1: Number(a.y), x2: b.x, y2: Number(b.y), slot: a.slot });
    }
  }
  return out;
}

/**
 * A panel for one metric by year: a mark per figure (shape by qualifier),
 * a colour per site and the network in the text colour, the value as
 * published beside each mark where it fits (the series name at its last
 * year, and the source where sources give the same figure, always), dashed
 * links between consecutive figures of a series (no yearly values are
 * implied), and a rule at each site's opening. Marks of one year that would
 * cover each other are set a few px apart. Called with two figures or
 * more (`metricPanels` makes a single figure a big number).
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
  const L = layout(width);
  const divisor = axis.divisor ?? 1;
  const values = observations.map((o) => o.value / divisor);
  const lastObserved = Math.max(...observations.map((o) => o.year));
  const opened = openings(dataset, lang, options, lastObserved);
  const years = [...observations.map((o) => o.year), ...opened.map((o) => o.year)];
  let [x0, x1] = [Math.min(...years), Math.max(...years)];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const [, yMax] = d3.nice(0, Math.max(...values) * 1.05, 5);

  // Pixel geometry, as Plot will lay it out, to set marks and labels apart.
  const pxPerYear = (width - L.left - L.right - 2 * INSET) / (x1 - x0);
  const xPx = (x: number) => L.left + INSET + (x - x0) * pxPerYear;
  const yPx = (v: number) => L.top + (1 - v / yMax) * (L.height - L.top - L.bottom);
  const yFromPx = (px: number) => yMax * (1 - (px - L.top) / (L.height - L.top - L.bottom));

  const points: Point[] = observations.map((obs, i) => ({
    obs,
    x: obs.year,
    y: values[i] ?? 0,
    slot: seriesSlot(dataset, obs.site),
  }));
  for (const column of d3.group(points, (p) => p.obs.year).values()) {
    const crowded = column.filter((p) =>
      column.some((q) => q !== p && Math.abs(yPx(Number(p.y)) - yPx(Number(q.y))) < MARK_PX),
    );
    crowded.forEach((p, k) => (p.x += ((k - (crowded.length - 1) / 2) * MARK_PX) / pxPerYear));
  }

  const counts = d3.rollup(observations, (g) => g.length, sameFigureKey);
  const lastOfSeries = d3.rollup(
    points,
    (g) => g.reduce((a, b) => (b.obs.year > a.obs.year ? b : a)),
    (p) => p.obs.site,
  );
  const maxChars = Math.floor((L.right - 14) / CHAR_PX);
  const requests = points.map((p) => {
    const disputed = (counts.get(sameFigureKey(p.obs)) ?? 0) > 1;
    const named = lastOfSeries.get(p.obs.site) === p;
    // The source on a line of its own, never wrapped, so that its
    // parentheses and (in Arabic) its left-to-right embedding stay whole.
    const source = disputed ? [`(${embedLtr(sourceLabel(dataset, p.obs), lang)})`] : [];
    const lines = [
      ...(named ? wrapWords(scopeLabel(dataset, p.obs.site, lang, "city"), maxChars) : []),
      ...wrapWords(valueLabel(p.obs, lang), maxChars),
      ...source,
    ];
    return { x: xPx(p.x), y: yPx(Number(p.y)), lines, required: named || disputed };
  });
  const placements = placeLabels(requests, {
    left: L.left,
    right: width,
    top: 2,
    bottom: L.height - L.bottom,
    charPx: CHAR_PX,
    linePx: FONT_PX * 1.15,
    offset: 11,
  });
  const labels: Label[] = placements.flatMap((at, i) =>
    at
      ? [
          {
            x: x0 + (at.x - L.left - INSET) / pxPerYear,
            y: yFromPx(at.y),
            lines: (requests[i]?.lines ?? []).map((line) => svgText(line, lang)),
            anchor: at.anchor,
          },
        ]
      : [],
  );

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
    ...labelMarks(labels),
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
        inset: INSET,
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
