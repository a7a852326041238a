import type { StringKey } from "../i18n/index.ts";

/**
 * How a chart draws its metrics: `time-series`, one panel per metric by
 * year; `by-site`, one panel per metric comparing the sites in one year.
 */
export type ChartKind = "time-series" | "by-site";

/**
 * One chart of the site, declared: its slug (the same in every language, in
 * /<lang>/graphiques/<slug>/ and in embeds), the metrics it draws (a panel
 * each, in this order), the key of its title and its kind. Pages, the
 * timeline and site pages link charts through this list only; the one
 * generic spec (`drawChart`) draws any entry.
 */
export interface ChartEntry {
  slug: string;
  metrics: readonly string[];
  title: StringKey;
  kind: ChartKind;
}

export const CHART_CATALOG: readonly ChartEntry[] = [
  {
    // Hosted (a stock at a date) and accompanied since opening (a running
    // total) are never one series.
    slug: "entreprises",
    metrics: ["companies_hosted", "companies_accompanied_cumulative"],
    title: "chart.entreprises.title",
    kind: "time-series",
  },
  {
    // Per-site figures only, for one year (2016 in release 1.0.0): the
    // network total is not a site.
    slug: "entreprises-par-site",
    metrics: ["companies_accompanied_cumulative"],
    title: "chart.entreprises-par-site.title",
    kind: "by-site",
  },
  {
    slug: "emplois",
    metrics: ["jobs", "jobs_cumulative"],
    title: "chart.emplois.title",
    kind: "time-series",
  },
  {
    // Drawn in millions of dirhams on the axis (see axis.ts).
    slug: "chiffre-affaires",
    metrics: ["turnover_mad"],
    title: "chart.chiffre-affaires.title",
    kind: "time-series",
  },
  {
    slug: "part-marche-tic",
    metrics: ["ict_market_share_pct"],
    title: "chart.part-marche-tic.title",
    kind: "time-series",
  },
  {
    // A yearly rate is a figure of the year it was stated.
    slug: "nouvelles-entreprises",
    metrics: ["companies_new"],
    title: "chart.nouvelles-entreprises.title",
    kind: "time-series",
  },
  {
    // Drawn once a release has figures for it.
    slug: "taux-occupation",
    metrics: ["occupancy_pct"],
    title: "chart.taux-occupation.title",
    kind: "time-series",
  },
  {
    // Each rate is drawn with its horizon in its label; two horizons are
    // two series (seriesKey), never joined by a line.
    slug: "taux-reussite",
    metrics: ["success_rate_pct", "survival_rate_pct"],
    title: "chart.taux-reussite.title",
    kind: "time-series",
  },
  {
    // Counts as each source gives them (with or without the Cité de
    // l’innovation); targets are not drawn: they describe no year yet.
    slug: "sites-en-activite",
    metrics: ["sites_operating", "cities_operating"],
    title: "chart.sites-en-activite.title",
    kind: "time-series",
  },
  {
    // One colour per park; no line between the figures of one park.
    slug: "capacite-surface-cout",
    metrics: ["capacity_companies", "floor_area_m2", "investment_mad"],
    title: "chart.capacite-surface-cout.title",
    kind: "time-series",
  },
  {
    slug: "loyers",
    metrics: ["rent_startups_mad_m2", "rent_smes_mad_m2", "rent_large_companies_mad_m2"],
    title: "chart.loyers.title",
    kind: "time-series",
  },
  {
    slug: "export-levees",
    metrics: ["export_share_pct", "funds_raised_mad"],
    title: "chart.export-levees.title",
    kind: "time-series",
  },
  {
    // A yearly rate is a figure of the year it was stated.
    slug: "entreprises-sortantes",
    metrics: ["companies_leaving", "rent_relief_companies"],
    title: "chart.entreprises-sortantes.title",
    kind: "time-series",
  },
];

/** The entry of `slug`; throws for a chart that does not exist. */
export function chartEntry(slug: string): ChartEntry {
  const entry = CHART_CATALOG.find((c) => c.slug === slug);
  if (!entry) throw new Error(`chart: no chart ${slug} in CHART_CATALOG`);
  return entry;
}

/** The first chart that draws `metricId`, for "see the chart" links; undefined if none. */
export function chartForMetric(metricId: string): ChartEntry | undefined {
  return CHART_CATALOG.find((c) => c.metrics.includes(metricId));
}
