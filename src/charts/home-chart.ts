import * as Plot from "@observablehq/plot";
import { INTL_LOCALE, t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset } from "../lib/data/dataset.ts";
import { localized } from "../lib/format/localize.ts";
import { NETWORK } from "../schemas/sites.ts";
import { CHART_CATALOG } from "./catalog.ts";
import { labelMark } from "./label-mark.ts";
import { valueLabel } from "./labels.ts";
import { figureMarks, markKinds, type Point } from "./marks.ts";
import { tooltip } from "./tooltip.ts";
import type { Panel } from "./types.ts";
import { FONT_PX } from "../lib/draw/mark-sizes.ts";

/** The home page's chart: a few figures of the whole network, drawn for the room it has. */
export interface HomeChart {
  /** The chart page it stands for. */
  slug: string;
  /** What it shows, in words: "Entreprises hébergées, tout le réseau, 2017–2024". */
  title: string;
  /** The latest year's readings as labelled, with their qualifier: "500 ou 450". */
  latest: string;
  latestYear: number;
  /** The metric, the figures drawn, its marks and its Plot options. */
  panel: Panel & { plot: Plot.PlotOptions };
}

/** Text size of the drawing, in px: drawn at its own width, never scaled down, it stays at least 11 CSS px. */
export const HOME_FONT_PX = FONT_PX;
const LINE_PX = HOME_FONT_PX + 4;
/** The label's line width in ems: the small drawing's plot is about 110 px wide. */
const LABEL_EMS = { small: 8, large: 16 } as const;

/** Network-wide figures of a whole year (no scope, no period): the few marks the home chart draws. */
const networkFigures = (dataset: Dataset, metric: string) =>
  dataset.observations.filter(
    (o) =>
      o.metric === metric &&
      o.site === NETWORK &&
      !o.scope &&
      o.period_start === undefined &&
      o.value_high === undefined,
  );

/**
 * The first metric, in catalog order, with network-wide figures in two
 * years or more: the network's size over time, the site's first chart.
 */
function homeMetric(dataset: Dataset): { slug: string; metric: string } | undefined {
  for (const entry of CHART_CATALOG)
    for (const metric of entry.metrics) {
      const years = new Set(networkFigures(dataset, metric).map((o) => o.year));
      if (years.size >= 2) return { slug: entry.slug, metric };
    }
  return undefined;
}

/**
 * The home page's chart at `width` × `height` px: the network's figures of
 * one metric (homeMetric), a mark each (shape by qualifier, as on the chart
 * pages), no axis but the first and last years under the plot, and one
 * label, the latest year's readings as published ("500 ou 450", "plus de
 * 450"), beside the latest year's marks (labelMark: nearest them, or joined by a leader). Every text is HOME_FONT_PX:
 * the page shows the drawing at its own size (smaller only where the
 * column is narrower), and a drawing for each width it is shown at, so
 * no text is scaled below 11 CSS px. Pure; undefined when no metric has
 * network figures in two years.
 */
export function homeChart(
  dataset: Dataset,
  lang: Lang,
  size: { width: number; height: number },
): HomeChart | undefined {
  const chosen = homeMetric(dataset);
  if (!chosen) return undefined;
  const metric = datasetIndex(dataset).metricOf(chosen.metric);
  const observations = networkFigures(dataset, chosen.metric);
  const years = observations.map((o) => o.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const latestFigures = observations.filter((o) => o.year === last);
  // Every reading of the latest year, none picked over another: "500 ou 450".
  const readings = [...new Set(latestFigures.map((o) => valueLabel(o, lang)))];
  const latest = new Intl.ListFormat(INTL_LOCALE[lang], { type: "disjunction" }).format(readings);
  const title = t(lang, "home.chart.title", {
    metric: localized(metric, "label", lang),
    from: first,
    to: last,
  });
  const points: Point[] = observations.map((obs) => ({ obs, x: obs.year, y: obs.value, slot: 0 }));
  const top = Math.max(...observations.map((o) => o.value));
  const margin = { top: LINE_PX + 8, right: 8, bottom: LINE_PX + 4, left: 8 };

  return {
    slug: chosen.slug,
    title,
    latest,
    latestYear: last,
    panel: {
      metric,
      observations,
      marks: markKinds(points, false, false, []),
      plot: {
        width: size.width,
        height: size.height,
        marginTop: margin.top,
        marginRight: margin.right,
        marginBottom: margin.bottom,
        marginLeft: margin.left,
        x: { domain: [first, last], inset: 8, axis: null },
        // Headroom over the highest mark, so a caret stays clear of the label.
        y: { domain: [0, top * 1.15], axis: null },
        marks: [
          Plot.ruleY([0], { className: "tp-grid", strokeOpacity: 0.3 }),
          ...figureMarks(points, "up", (p) => tooltip(dataset, p.obs, lang)),
          // The latest readings beside the latest year's marks, placed as on
          // the chart pages (labelMark): nearest its own marks, or joined to
          // them by a leader line.
          labelMark(
            [
              {
                x: last,
                y: Math.max(...latestFigures.map((o) => o.value)),
                text: latest,
                figures: latestFigures.map((o) => o.id),
                bound: latestFigures.some(
                  (o) => o.qualifier !== "exact" && o.qualifier !== "approx",
                ),
              },
            ],
            {
              obstacles: points,
              lineWidth: LABEL_EMS[size.width < 200 ? "small" : "large"],
              lang,
              axis: "up",
            },
          ),
          ...(
            [
              [first, "start"],
              [last, "end"],
            ] as const
          ).map(([year, anchor]) =>
            Plot.text([year], {
              x: (d: number) => d,
              text: (d: number) => String(d),
              frameAnchor: "bottom",
              textAnchor: anchor,
              lineAnchor: "top",
              dx: anchor === "start" ? -8 : 8,
              dy: 4,
              className: "tp-tnum tp-home-year",
            }),
          ),
        ],
      },
    },
  };
}
