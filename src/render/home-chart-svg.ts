import { describePanel } from "../charts/describe.ts";
import { homeChart } from "../charts/home-chart.ts";
import type { Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { plotToSvg } from "./plot-svg.ts";

/**
 * The home chart's drawings: one for a phone's narrow column (at 320 px the
 * column is 130 px wide) and one for the 24rem column of wider screens.
 * Each is shown at its own size, never enlarged, so its text stays
 * HOME_FONT_PX.
 */
export const HOME_CHART_SIZES = {
  small: { width: 128, height: 120 },
  large: { width: 384, height: 200 },
} as const;

export interface RenderedHomeChart {
  slug: string;
  title: string;
  /** The latest readings as the drawing labels them: "500 ou 450". */
  latest: string;
  latestYear: number;
  small: string;
  large: string;
}

/** The home chart of `dataset` in `lang`, drawn at both sizes; undefined when there is none. */
export function renderHomeChart(dataset: Dataset, lang: Lang): RenderedHomeChart | undefined {
  const draw = (size: keyof typeof HOME_CHART_SIZES) => {
    const chart = homeChart(dataset, lang, HOME_CHART_SIZES[size]);
    if (!chart) return undefined;
    const desc = describePanel(dataset, chart.panel, lang);
    const svg = plotToSvg(chart.panel.plot, {
      idPrefix: `home-chart-${size}`,
      title: chart.title,
      desc,
    });
    return { chart, svg };
  };
  const small = draw("small");
  const large = draw("large");
  if (!small || !large) return undefined;
  const { slug, title, latest, latestYear } = small.chart;
  return { slug, title, latest, latestYear, small: small.svg, large: large.svg };
}
