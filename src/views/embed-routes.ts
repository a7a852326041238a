import { chartsWithData } from "../charts/index.ts";
import { LANGS, t, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import type { SiteData } from "../lib/data/site-data.ts";
import { chartPath } from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import { renderChart } from "../render/render-chart.ts";
import { chartFigureView, type ChartFigureView } from "./chart-figure.ts";

export interface EmbedRoute {
  params: { version: string; lang: Lang; chart: string };
  props: { version: string; pinnedAs: string; dataset: Dataset };
}

/**
 * Every embed: each release × language × chart that release can draw, and
 * the same under `latest` for the newest release. A chart that a release
 * has no figure for has no embed in that release.
 */
export function embedRoutes(data: SiteData): EmbedRoute[] {
  const pinned = data.releases.map((r) => ({ pinnedAs: r.version, version: r.version }));
  const all = [...pinned, { pinnedAs: "latest", version: data.latest.version }];
  return all.flatMap(({ pinnedAs, version }) => {
    const dataset = data.datasets.get(version);
    if (!dataset) throw new Error(`embedRoutes: no dataset for ${version}`);
    return LANGS.flatMap((lang) =>
      chartsWithData(dataset).map((c) => ({
        params: { version: pinnedAs, lang, chart: c.slug },
        props: { version, pinnedAs, dataset },
      })),
    );
  });
}

/** One embed page (EmbedChart.astro): the chart drawn alone, its title once, and its credit. */
export interface EmbedPageView {
  slug: string;
  /** The document's title: "Emplois · Technopark en chiffres". */
  title: string;
  /** The chart's title, as the page's heading. */
  heading: string;
  /** The chart's takeaway, as the page's description. */
  description: string;
  /** "latest" or the version itself: what the URL says. */
  version: string;
  /** The chart's page, absolute: the canonical address and the "open" link. */
  chartPage: string;
  /** "Technopark en chiffres, données 2.2.0". */
  credit: string;
  figure: ChartFigureView;
}

/**
 * The embed of chart `slug` drawn from `dataset` (release `version`) in
 * `lang`, at an address pinned to that version or to "latest" (`pinnedAs`).
 * Only what is drawn: a big number of another metric stays on the chart
 * page. `site` is the public origin (Astro.site).
 */
export function embedPageView(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  version: string,
  pinnedAs: string,
  site: URL | undefined,
): EmbedPageView {
  const chart = renderChart(dataset, lang, slug);
  return {
    slug,
    title: `${chart.def.title} · ${t(lang, "site.name")}`,
    heading: chart.def.title,
    description: chart.takeaway,
    version: pinnedAs === "latest" ? "latest" : version,
    chartPage: absoluteUrl(chartPath(lang, slug), site),
    credit: t(lang, "embed.credit", { site: t(lang, "site.name"), version }),
    figure: chartFigureView(dataset, lang, slug, { drawnOnly: true }),
  };
}
