/**
 * Every chart of the site: its slug (the same in every language, in
 * /<lang>/graphiques/<slug>/ and in embeds) and the metrics it draws. Pages,
 * the timeline and site pages link charts through this list only.
 */
export interface ChartEntry {
  slug: string;
  metrics: readonly string[];
}

export const CHART_CATALOG: readonly ChartEntry[] = [
  { slug: "entreprises", metrics: ["companies_hosted", "companies_accompanied_cumulative"] },
  { slug: "entreprises-par-site", metrics: ["companies_accompanied_cumulative"] },
  { slug: "emplois", metrics: ["jobs", "jobs_cumulative"] },
  { slug: "chiffre-affaires", metrics: ["turnover_mad"] },
  { slug: "part-marche-tic", metrics: ["ict_market_share_pct"] },
  { slug: "nouvelles-entreprises", metrics: ["companies_new"] },
  { slug: "taux-occupation", metrics: ["occupancy_pct"] },
];

/** The first chart that draws `metricId`, for "see the chart" links; undefined if none. */
export function chartForMetric(metricId: string): ChartEntry | undefined {
  return CHART_CATALOG.find((c) => c.metrics.includes(metricId));
}
