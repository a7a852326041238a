import { caveats, observationNotes } from "../charts/describe.ts";
import { chartsWithData } from "../charts/index.ts";
import type { ChartReference } from "../charts/cite.ts";
import { plottedObservations } from "../charts/types.ts";
import { LANGS, t, type Lang, type StringKey } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation, type Source } from "../lib/data/dataset.ts";
import { formatObservation } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import type { ReleaseInfo } from "../lib/release/releases.ts";
import { chartPath, chartsPath, figurePath, PAGE } from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import { chartSources } from "../render/image-content.ts";
import { renderChart, type RenderedChart } from "../render/render-chart.ts";
import { chartFigureView, type ChartFigureView } from "./chart-figure.ts";
import { embedCodeView, type EmbedCodeView } from "./embed-code.ts";

export interface ChartPageView {
  chart: RenderedChart;
  /** The page's route after the language, for the layout. */
  path: string;
  /** The link preview card (og:image), a site path under the base. */
  shareImage: string;
  /** Back to every chart. */
  chartsHref: string;
  /** The names of the metrics drawn, one per panel: what the site search filters it by. */
  metrics: string[];
  /** The figures drawn, for the table and the quotes. */
  observations: Observation[];
  /** The chart itself, its figures linked to their pages, and the data version drawn. */
  figure: ChartFigureView;
  table: ChartTableView;
  sources: Source[];
  /** Under each source (by id), its quotes, each with the figures it carries. */
  quotes: Map<string, QuoteLine[]>;
  caveats: string[];
  /** Notes the data attach to the figures drawn, each with its scope and year. */
  notes: { where: string; note: string; lang: Lang }[];
  downloads: { href: string; label: string; saveAs: string }[];
  reference: ChartReference;
  /**
   * The action bar under the chart: in-page links to the sections below,
   * in the order the page shows them (plain anchors, so without JavaScript).
   */
  actions: { href: string; label: string }[];
  /** The embed code section: every snippet, its preview and the images. */
  embed: EmbedCodeView;
}

/** One figure drawn, as a row of the chart's table (ChartTable.astro). */
export interface ChartTableRow {
  id: string;
  metric: string;
  /** The row has the metric of the row above: said once, kept for screen readers. */
  repeat: boolean;
  scope: string;
  year: number;
  /** The value as published ("plus de 900"), linked to the figure's page. */
  value: string;
  href: string;
  /** Its source, linked to the source's entry and quotes on the page. */
  publisher: string;
  sourceHref: string;
}

/**
 * The table of the figures a chart draws: its caption, and whether it has a
 * metric column: only when the chart draws several metrics. With one, the
 * caption names it, and ten rows do not repeat it.
 */
export interface ChartTableView {
  caption: string;
  metricColumn: boolean;
  rows: ChartTableRow[];
}

/** One quote of a source and the figures drawn from it: "45, 13, 12" of "2015". */
export interface QuoteLine {
  figures: string;
  years: string;
  quote: string;
}

/**
 * The quotes behind `observations`, by source, in the figures' order: one
 * line per quote, so a sentence giving three figures ("dont 45 à
 * Casablanca, 13 à Rabat, et 12 à Tanger") is quoted once, after its three
 * figures, not three times.
 */
export function quoteLines(
  observations: readonly Observation[],
  lang: Lang,
): Map<string, QuoteLine[]> {
  const bySource = new Map<string, { quote: string; values: string[]; years: Set<number> }[]>();
  for (const o of observations) {
    const lines = bySource.get(o.source) ?? [];
    bySource.set(o.source, lines);
    let line = lines.find((l) => l.quote === o.quote);
    if (!line) {
      line = { quote: o.quote, values: [], years: new Set() };
      lines.push(line);
    }
    line.values.push(formatObservation(o, lang));
    line.years.add(o.year);
  }
  return new Map(
    [...bySource].map(([source, lines]) => [
      source,
      lines.map((l) => ({
        figures: l.values.join(t(lang, "chart.listSeparator")),
        years: [...l.years].join(t(lang, "chart.listSeparator")),
        quote: l.quote,
      })),
    ]),
  );
}

/**
 * The table of `observations`, one row each in their order: how it is
 * titled, whether it needs a metric column, and the rows.
 */
export function chartTable(
  dataset: Dataset,
  observations: readonly Observation[],
  lang: Lang,
): ChartTableView {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const rows = observations.map((o, i) => ({
    id: o.id,
    metric: localized(metricOf(o.metric), "label", lang),
    repeat: observations[i - 1]?.metric === o.metric,
    scope: scopeLabel(dataset, o.site, lang, "city"),
    year: o.year,
    value: formatObservation(o, lang),
    href: figurePath(lang, o.id),
    publisher: sourceOf(o.source).publisher,
    sourceHref: `#source-${o.source}`,
  }));
  const metrics = [...new Set(observations.map((o) => o.metric))];
  const [only] = metrics;
  if (metrics.length !== 1 || only === undefined) {
    return { caption: t(lang, "chart.table.caption"), metricColumn: true, rows };
  }
  const metric = localized(metricOf(only), "label", lang);
  return { caption: t(lang, "chart.table.captionOf", { metric }), metricColumn: false, rows };
}

/** The page's sections after the chart, in order: anchor and the action bar's label. */
export const CHART_SECTIONS = [
  ["donnees", "chart.data"],
  ["sources", "chart.sources"],
  ["telecharger", "chart.downloads"],
  ["integrer", "chart.action.embed"],
  ["citer", "chart.action.cite"],
] as const satisfies readonly (readonly [string, StringKey])[];

const DOWNLOADS = [
  { name: "data.csv", key: "chart.download.csv", ext: "csv" },
  { name: "data.json", key: "chart.download.json", ext: "json" },
  { name: "chart.svg", key: "chart.download.svg", ext: "svg" },
  { name: "chart.png", key: "chart.download.png", ext: "png" },
] as const;

/**
 * A chart's page in `lang`, drawn from the latest release: the chart, its
 * figures and sources, caveats and notes, downloads (saved under a name
 * that carries chart, language and version) and how to cite it, and the
 * action bar that leads to each. `site` is
 * the public origin (Astro.site) for the permalink.
 */
export function chartPageView(
  dataset: Dataset,
  latest: ReleaseInfo,
  lang: Lang,
  slug: string,
  site: URL | undefined,
  /** The data version's DOI, where one is configured (datasetDoi with the build's environment). */
  doi?: string,
): ChartPageView {
  const chart = renderChart(dataset, lang, slug);
  const observations = plottedObservations(chart.def);
  return {
    chart,
    path: PAGE.chart(slug),
    shareImage: chartPath(lang, slug, "share.png"),
    chartsHref: chartsPath(lang),
    metrics: chart.panels.map((p) => localized(p.panel.metric, "label", lang)),
    figure: chartFigureView(dataset, lang, slug, { version: latest.version, linkFigures: true }),
    observations,
    table: chartTable(dataset, observations, lang),
    sources: chartSources(dataset, observations),
    quotes: quoteLines(observations, lang),
    caveats: caveats(dataset, chart.def, lang),
    notes: observationNotes(chart.def, lang).map(({ observation: o, note, noteLang }) => ({
      where: `${scopeLabel(dataset, o.site, lang, "city")}, ${o.year}`,
      note,
      lang: noteLang,
    })),
    downloads: DOWNLOADS.map((d) => ({
      href: chartPath(lang, slug, d.name),
      label: t(lang, d.key),
      saveAs: `technopark-${slug}-${lang}-${latest.version}.${d.ext}`,
    })),
    reference: {
      slug,
      title: chart.def.title,
      url: absoluteUrl(chartPath(lang, slug), site),
      version: latest.version,
      date: latest.date,
      ...(doi ? { doi } : {}),
    },
    actions: CHART_SECTIONS.map(([id, key]) => ({ href: `#${id}`, label: t(lang, key) })),
    embed: embedCodeView(dataset, lang, slug, latest.version, site),
  };
}

/** A chart's pages, its own and its embed codes': every language × every chart `dataset` can draw. */
export function chartPageParams(dataset: Dataset): { params: { lang: Lang; chart: string } }[] {
  return LANGS.flatMap((lang) =>
    chartsWithData(dataset).map((entry) => ({ params: { lang, chart: entry.slug } })),
  );
}
