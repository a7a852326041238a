import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation, Source } from "../lib/data/dataset.ts";
import { datasetIndex } from "../lib/data/dataset.ts";
import { formatObservation } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { figurePath } from "../lib/web/routes.ts";
import { chartSources } from "../render/image-content.ts";
import { keyEntries, type KeyItem } from "../render/key-symbols.ts";
import { linkFigureMarks } from "../render/link-figure-marks.ts";
import { renderChart, type RenderedChart } from "../render/render-chart.ts";

/** A metric with one published figure, shown as that figure (ChartNumber.astro). */
export interface ChartNumberView {
  metric: string;
  /** "plus de 900". */
  value: string;
  /** The site's short name, or the network. */
  scope: string;
  year: number;
  source: Source;
  quote: string;
}

/** One panel of a chart figure: its two drawings, or its one figure. */
export type ChartFigurePanel =
  | {
      /** The metric's name, when the chart has several panels. */
      title?: string;
      /** Inline SVG, wide and narrow (CSS shows one). */
      wide: string;
      narrow: string;
    }
  | { number: ChartNumberView };

/** A chart as a figure (ChartFigure.astro): its panels, key and sources in short. */
export interface ChartFigureView {
  panels: ChartFigurePanel[];
  /** The key of the marks drawn, with their words. */
  key: { item: KeyItem; text: string }[];
  /** "Source : H24info, Le360": each publisher once; references and quotes are on the chart page. */
  credit: string;
  /** " · Données 2.2.0", where the version drawn is shown. */
  versionNote?: string;
}

export interface ChartFigureOptions {
  /** Only that site's figures. */
  site?: string;
  /** Prefix of the SVG ids, for a second copy of the same chart on one page. */
  idPrefix?: string;
  /** The data version drawn, shown under the chart. */
  version?: string;
  /** Only the drawn panels (embeds): a big number of another metric stays on the chart page. */
  drawnOnly?: boolean;
  /** Each mark links to its figure's page (pages of the latest release; not embeds). */
  linkFigures?: boolean;
}

/**
 * The panels an embed shows: the drawn ones (a big number of another
 * metric stays on the chart page), or the big numbers of a chart that draws
 * none.
 */
export function drawnPanels(chart: RenderedChart): RenderedChart["panels"] {
  const drawn = chart.panels.filter((p) => p.wide && p.narrow);
  return drawn.length > 0 ? drawn : chart.panels;
}

/** The publishers of what `panels` draw, each once, in the chart's source order. */
export function panelPublishers(dataset: Dataset, panels: RenderedChart["panels"]): string[] {
  const shown: Observation[] = panels.flatMap((p) => p.panel.observations);
  return [...new Set(chartSources(dataset, shown).map((s) => s.publisher))];
}

/** `observation` of `metric` as a big number, in `lang`. */
export function chartNumberView(
  dataset: Dataset,
  metric: Metric,
  observation: Observation,
  lang: Lang,
): ChartNumberView {
  return {
    metric: localized(metric, "label", lang),
    value: formatObservation(observation, lang),
    scope: scopeLabel(dataset, observation.site, lang, "city"),
    year: observation.year,
    source: datasetIndex(dataset).sourceOf(observation.source),
    quote: observation.quote,
  };
}

/**
 * Chart `slug` of `dataset` as a figure in `lang`, complete without
 * JavaScript: each panel's SVG at two widths, or its big number (a panel
 * with no figure shows nothing), the key of the marks drawn and the
 * publishers of the figures shown.
 */
export function chartFigureView(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: ChartFigureOptions = {},
): ChartFigureView {
  const { site, idPrefix, version, drawnOnly = false, linkFigures = false } = options;
  const chart = renderChart(dataset, lang, slug, {
    ...(site ? { site } : {}),
    ...(idPrefix ? { idPrefix } : {}),
  });
  const panels = drawnOnly ? drawnPanels(chart) : chart.panels;
  const many = panels.length > 1;
  const drawing = (svg: string) =>
    linkFigures ? linkFigureMarks(svg, (id) => figurePath(lang, id)) : svg;
  const publishers = panelPublishers(dataset, panels);
  return {
    panels: panels.flatMap(({ panel, wide, narrow }): ChartFigurePanel[] => {
      if (wide && narrow) {
        const title = many ? { title: localized(panel.metric, "label", lang) } : {};
        return [{ ...title, wide: drawing(wide), narrow: drawing(narrow) }];
      }
      const [first] = panel.observations;
      return first ? [{ number: chartNumberView(dataset, panel.metric, first, lang) }] : [];
    }),
    key: keyEntries(
      panels.filter((p) => p.wide).map((p) => p.panel.marks),
      lang,
    ),
    credit: `${t(lang, "figure.source")} ${publishers.join(t(lang, "chart.clauseSeparator"))}`,
    ...(version ? { versionNote: ` · ${t(lang, "chart.version", { version })}` } : {}),
  };
}
