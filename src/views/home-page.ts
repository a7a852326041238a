import { chartsWithData } from "../charts/index.ts";
import { INTL_LOCALE, t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { headCountOf } from "../lib/model/head-count.ts";
import { headlineFigures } from "../lib/model/headlines.ts";
import type { ReleaseInfo } from "../lib/release/releases.ts";
import {
  chartPath,
  chartsPath,
  figureOthersPath,
  figurePath,
  releasePath,
  sitesPath,
  timelinePath,
} from "../lib/web/routes.ts";
import { renderHomeChart } from "../render/home-chart-svg.ts";
import { renderChart } from "../render/render-chart.ts";
import { thumbnailSvg } from "../render/thumbnail-svg.ts";
import { NETWORK, openedYear } from "../schemas/sites.ts";

/** A link: its address and its text. */
export interface Link {
  href: string;
  text: string;
}

/** One headline figure of the network: the first source's reading, and any that disagree. */
export interface KeyFigure {
  /** The first figure's observation id. */
  id: string;
  metric: string;
  /** The figure as published, linked to its page. */
  value: string;
  href: string;
  year: number;
  /** "AllAfrica": who gives this reading (dates are on the figure's page). */
  credit: string;
  /**
   * The source's own words for the first figure, in the source's language:
   * the card says what was printed, so a figure filed under a metric by
   * reading («nous accompagnons 500 startups» as companies hosted) shows
   * its words beside the metric's name, whatever the data files it under.
   */
  quote: { text: string; lang: string };
  /** Other readings of the same figure ("450 selon Digital Africa"), each linked to its page. */
  others: Link[];
  /**
   * Where the «sources divergentes» mark leads, when there are other
   * readings: the first figure's own list of the other sources.
   */
  divergeHref?: string;
  /**
   * A running total (metric kind cumulative) says so, "au total depuis
   * 2001", beside the latest head-count of what it counts, with its year:
   * «plus de 15 000 emplois créés» is not 15 000 people at work.
   */
  runningTotal?: {
    since: string;
    /** The latest network figure of the head-count (headCountOf), linked to its page. */
    headCount?: { metric: string; value: string; year: number; href: string };
  };
}

/** A chart in small: its title, page and first drawing (or none, for a big number). */
export interface ChartThumb {
  slug: string;
  href: string;
  title: string;
  svg?: string;
  /** A chart of one figure is a big number, not a drawing: "plus de 10 % (2011)". */
  number?: string;
}

/** The home page's chart: its drawings for a phone's column and a wider one, linked to its chart page. */
export interface HomeChartView {
  href: string;
  /** What it shows: "Entreprises hébergées, tout le réseau, 2017–2024". */
  title: string;
  small: string;
  large: string;
}

export interface HomePageView {
  /** What the network is: its parks and when they opened. */
  network: string;
  /** The years the figures cover. */
  years: string;
  /** The network's figures of the latest year with any: the first screen. */
  lead: KeyFigure[];
  /** The network's other headline figures of that year. */
  more: KeyFigure[];
  /** The network's headline figures of earlier years, latest first: folded on the page. */
  older: KeyFigure[];
  /** The chart shown on the first screen, drawn for its column (render/home-chart-svg.ts). */
  chart?: HomeChartView;
  /** Every chart with figures, in small. */
  charts: ChartThumb[];
  chartsHref: string;
  /** The timeline and the sites. */
  links: Link[];
  /** "Version 2.0.0 des données, publiée le …". */
  release: string;
  /** Each table of the latest release as CSV and JSON. */
  tables: { name: string; csv: string; json: string }[];
  /** The release's datapackage.json and SHA256SUMS. */
  files: Link[];
}

const TABLES = ["observations", "events", "sources", "metrics", "sites"] as const;

/**
 * Figures of a park's colour, not of the network's size (the price of a
 * coffee, the staff's mean age): shown on their park's page, not the home.
 */
export const TRIVIA: readonly string[] = ["coffee_price_mad", "workforce_mean_age"];

const listOf = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }).format(items);

/**
 * A headline as one card: the first figure's reading with every source
 * that gives it, then each other reading with its sources. Readings are
 * value and qualifier: «1 400» from two sources is one reading.
 */
export function keyFigure(
  dataset: Dataset,
  observations: readonly Observation[],
  lang: Lang,
): KeyFigure {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const readings = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.qualifier}|${o.value}`;
    readings.set(key, [...(readings.get(key) ?? []), o]);
  }
  const [first, ...rest] = [...readings.values()] as [Observation[], ...Observation[][]];
  const lead = first[0] as Observation;
  const publishers = (obs: Observation[]) =>
    listOf(lang, [...new Set(obs.map((o) => sourceOf(o.source).publisher))]);
  return {
    id: lead.id,
    metric: localized(metricOf(lead.metric), "label", lang),
    value: formatObservation(lead, lang),
    href: figurePath(lang, lead.id),
    year: lead.year,
    credit: publishers(first),
    quote: { text: lead.quote, lang: sourceOf(lead.source).language },
    others: rest.map((obs) => ({
      href: figurePath(lang, (obs[0] as Observation).id),
      text: t(lang, "home.divergeOther", {
        value: formatObservation(obs[0] as Observation, lang),
        publishers: publishers(obs),
      }),
    })),
    ...(rest.length > 0 ? { divergeHref: figureOthersPath(lang, lead.id) } : {}),
  };
}

/**
 * A chart's first drawing, without its text (thumbnailSvg): scaled into a
 * card, its labels would be 8–9 px. Ids of its own (`prefix`).
 */
function thumb(dataset: Dataset, lang: Lang, slug: string, prefix: string): ChartThumb {
  const chart = renderChart(dataset, lang, slug, { idPrefix: `${prefix}-${slug}` });
  const narrow = chart.panels.find((p) => p.narrow)?.narrow;
  const svg = narrow && thumbnailSvg(narrow);
  const only = chart.panels[0]?.panel.observations[0];
  return {
    slug,
    href: chartPath(lang, slug),
    title: chart.def.title,
    ...(svg ? { svg } : only ? { number: `${formatObservation(only, lang)} (${only.year})` } : {}),
  };
}

/**
 * One row of lead cards: with the intro and the chart they fill a phone's
 * first screen (375 × 667). Since each card gives its source's own words
 * (2.1.0), a second row ended 40–85 px below it (Chromium, fr/en/ar); the
 * others open the list of more figures, in the same order.
 */
const LEAD_MAX = 2;

/**
 * The home page of the latest release in `lang`: what the network is and
 * the years covered, the network's latest figures (disagreeing sources in
 * one card), a chart, every chart in small, then the downloads.
 */
export function homePageView(dataset: Dataset, latest: ReleaseInfo, lang: Lang): HomePageView {
  const file = (name: string) => releasePath(latest.version, name);
  const headlines = headlineFigures(dataset).filter(
    (h) =>
      !TRIVIA.includes(h.metric.id) &&
      h.observations.every((o) => o.site === NETWORK && o.period_start === undefined),
  );
  const cards = headlines.map((h) => keyFigure(dataset, h.observations, lang));
  const opened = dataset.sites.map(openedYear);
  const since = String(Math.min(...opened));
  const network = headlines
    .map((h, i) => {
      const card = cards[i] as KeyFigure;
      if (h.metric.kind !== "cumulative") return card;
      const stock = headCountOf(h.metric.id);
      const head = cards[headlines.findIndex((other) => other.metric.id === stock)];
      const headCount = head && {
        metric: head.metric,
        value: head.value,
        year: head.year,
        href: head.href,
      };
      return { ...card, runningTotal: { since, ...(headCount ? { headCount } : {}) } };
    })
    .sort((a, b) => b.year - a.year);
  const latestYear = network[0]?.year;
  // The years the data describes: a target's 2027 is a plan, not a year covered.
  const targets = new Set(dataset.metrics.filter((m) => m.kind === "target").map((m) => m.id));
  const facts = dataset.observations.filter((o) => !targets.has(o.metric));
  const years = facts.map((o) => o.period_start ?? o.year);
  const charts = chartsWithData(dataset);
  const chart = renderHomeChart(dataset, lang);
  return {
    network: t(lang, "home.network", {
      count: dataset.sites.length,
      first: Math.min(...opened),
      last: Math.max(...opened),
    }),
    years: t(lang, "home.years", {
      from: Math.min(...years),
      to: Math.max(...facts.map((o) => o.year)),
    }),
    lead: network.filter((f) => f.year === latestYear).slice(0, LEAD_MAX),
    more: network.filter((f) => f.year === latestYear).slice(LEAD_MAX),
    older: network.filter((f) => f.year !== latestYear),
    ...(chart
      ? {
          chart: {
            href: chartPath(lang, chart.slug),
            title: chart.title,
            small: chart.small,
            large: chart.large,
          },
        }
      : {}),
    charts: charts.map((entry) => thumb(dataset, lang, entry.slug, "home-thumb")),
    chartsHref: chartsPath(lang),
    links: [
      { href: timelinePath(lang), text: t(lang, "timeline.homeLink") },
      { href: sitesPath(lang), text: t(lang, "sites.homeLink") },
    ],
    release: t(lang, "home.release", {
      version: latest.version,
      date: formatPartialDate(latest.date, lang),
    }),
    tables: TABLES.map((name) => ({
      name,
      csv: file(`${name}.csv`),
      json: file(`${name}.json`),
    })),
    files: ["datapackage.json", "SHA256SUMS"].map((name) => ({ href: file(name), text: name })),
  };
}
