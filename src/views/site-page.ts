import { chartForMetric } from "../charts/catalog.ts";
import { chartsWithData } from "../charts/index.ts";
import { t, type Lang } from "../i18n/index.ts";
import {
  datasetIndex,
  type Dataset,
  type Observation,
  type Site,
  type Source,
} from "../lib/data/dataset.ts";
import { formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { figuresByMetric, sourcesOfSite } from "../lib/model/site-profile.ts";
import { timelineEntries } from "../lib/model/timeline.ts";
import {
  chartPath,
  figurePath,
  PAGE,
  sitePath,
  sitesPath,
  timelinePath,
} from "../lib/web/routes.ts";
import { NETWORK, openedYear } from "../schemas/sites.ts";
import { timelineItemView, type TimelineItemView } from "./timeline-page.ts";

export interface SitePageView {
  name: string;
  /** The page's route after the language, for the layout. */
  path: string;
  /** "Casablanca · ouvert en 2001". */
  opened: string;
  hasFigures: boolean;
  /** The site's figures, metric by year. */
  table: MetricYearTable;
  /** The site's own events, in timeline order. */
  entries: TimelineItemView[];
  sources: Source[];
  sitesHref: string;
  timelineHref: string;
  /** The other parks of the same city (Agadir has two), each linked. */
  sameCity: { href: string; name: string }[];
  /** How many figures the park has: under FEW, the page says where else to look. */
  figureCount: number;
  /** Where the network's own figures are, for a park with few of its own. */
  networkHref: string;
}

/** Fewer figures than this, and a park's page points to what else is known. */
export const FEW_FIGURES = 3;

/** One park's page in `lang`: its opening, figures, events and sources. */
export function sitePageView(dataset: Dataset, site: Site, lang: Lang): SitePageView {
  return {
    name: localized(site, "name", lang),
    path: PAGE.site(site.id),
    opened: `${localized(site, "city", lang)} · ${t(lang, "sites.opened", { year: openedYear(site) })}`,
    hasFigures: figuresByMetric(dataset, site.id).length > 0,
    table: metricYearTable(dataset, site.id, lang),
    entries: timelineEntries(dataset.events.filter((e) => e.site === site.id)).map((e) =>
      timelineItemView(dataset, e, lang),
    ),
    sources: sourcesOfSite(dataset, site.id),
    sitesHref: sitesPath(lang),
    timelineHref: timelinePath(lang),
    sameCity: dataset.sites
      .filter((s) => s.id !== site.id && s.city_fr === site.city_fr)
      .map((s) => ({ href: sitePath(lang, s.id), name: localized(s, "name", lang) })),
    figureCount: dataset.observations.filter((o) => o.site === site.id).length,
    networkHref: `${sitesPath(lang)}#network`,
  };
}

export interface SitesPageView {
  /** Each park, in sites.csv order, with its link and "city · opened" line. */
  sites: { id: string; href: string; name: string; meta: string }[];
  hasNetworkFigures: boolean;
  /** The network's own figures, metric by year. */
  networkTable: MetricYearTable;
  /** Every park side by side. */
  comparison: SiteComparison;
  timelineHref: string;
}

/** The list of parks in `lang`, and whether the network has figures of its own. */
export function sitesPageView(dataset: Dataset, lang: Lang): SitesPageView {
  return {
    sites: dataset.sites.map((site) => ({
      id: site.id,
      href: sitePath(lang, site.id),
      name: localized(site, "name", lang),
      meta: `${localized(site, "city", lang)} · ${t(lang, "sites.opened", { year: openedYear(site) })}`,
    })),
    hasNetworkFigures: figuresByMetric(dataset, NETWORK).length > 0,
    networkTable: metricYearTable(dataset, NETWORK, lang),
    comparison: siteComparison(dataset, lang),
    timelineHref: timelinePath(lang),
  };
}

/** A figure in a table cell: its value as published (qualifier, period), linked to its page. */
export interface FigureLink {
  id: string;
  href: string;
  value: string;
  year: number;
  /** Who published it, to tell apart several figures in one cell. */
  publisher: string;
}

function figureLink(dataset: Dataset, o: Observation, lang: Lang): FigureLink {
  const value = formatObservation(o, lang);
  return {
    id: o.id,
    href: figurePath(lang, o.id),
    value: o.period_start ? `${value} (${o.period_start}–${o.year})` : value,
    year: o.year,
    publisher: datasetIndex(dataset).sourceOf(o.source).publisher,
  };
}

/** A site's figures as one table: a row per metric, a column per year with figures. */
export interface MetricYearTable {
  /** Latest first: on a phone the table opens on the latest figures, not on 2001. */
  years: number[];
  rows: {
    metricId: string;
    metric: string;
    /** The metric's chart, when one draws it. */
    chartHref?: string;
    /** One cell per year of `years`, each with every figure of that metric and year. */
    cells: FigureLink[][];
  }[];
}

/**
 * The figures of `siteId` (a site or network) as a metric × year table,
 * metrics in metrics.csv order, years latest first; a period figure sits in
 * its last year, its span written out. Figures that share a cell stay
 * separate, each with its qualifier and publisher.
 */
export function metricYearTable(dataset: Dataset, siteId: string, lang: Lang): MetricYearTable {
  const groups = figuresByMetric(dataset, siteId);
  const years = [...new Set(groups.flatMap((g) => g.observations.map((o) => o.year)))].sort(
    (a, b) => b - a,
  );
  return {
    years,
    rows: groups.map(({ metric, observations }) => {
      const chart = chartForMetric(metric.id);
      const drawn = chart && chartsWithData(dataset).some((c) => c.slug === chart.slug);
      return {
        metricId: metric.id,
        metric: localized(metric, "label", lang),
        ...(chart && drawn ? { chartHref: chartPath(lang, chart.slug) } : {}),
        cells: years.map((y) =>
          observations.filter((o) => o.year === y).map((o) => figureLink(dataset, o, lang)),
        ),
      };
    }),
  };
}

/** Every park side by side: its opening and, per metric, its latest figures. */
export interface SiteComparison {
  metrics: { id: string; label: string }[];
  rows: {
    id: string;
    href: string;
    name: string;
    opened: string;
    cells: FigureLink[][];
    /** The park's latest figures of the metrics no other park has, each with its metric. */
    others: (FigureLink & { metric: string })[];
  }[];
}

/**
 * The parks compared, in sites.csv order: when each opened (at the
 * precision known) and, for each metric that two parks or more have
 * figures for, the park's figures of its latest year for that metric
 * (period figures left out: they are not one year's), then its latest
 * figures of the other metrics. An empty cell is no figure published.
 */
export function siteComparison(dataset: Dataset, lang: Lang): SiteComparison {
  const own = (site: string, metric: string) =>
    dataset.observations.filter(
      (o) => o.site === site && o.metric === metric && o.period_start === undefined,
    );
  const latestOf = (site: string, metric: string) => {
    const figures = own(site, metric);
    const latest = Math.max(...figures.map((o) => o.year));
    return figures.filter((o) => o.year === latest).map((o) => figureLink(dataset, o, lang));
  };
  const shared = (m: { id: string }) =>
    dataset.sites.filter((s) => own(s.id, m.id).length > 0).length >= 2;
  const metrics = dataset.metrics.filter(shared);
  return {
    metrics: metrics.map((m) => ({ id: m.id, label: localized(m, "label", lang) })),
    rows: dataset.sites.map((site) => ({
      id: site.id,
      href: sitePath(lang, site.id),
      name: localized(site, "name", lang),
      opened: formatPartialDate(site.opened, lang),
      cells: metrics.map((m) => latestOf(site.id, m.id)),
      others: dataset.metrics
        .filter((m) => !shared(m))
        .flatMap((m) =>
          latestOf(site.id, m.id).map((f) => ({ ...f, metric: localized(m, "label", lang) })),
        ),
    })),
  };
}
