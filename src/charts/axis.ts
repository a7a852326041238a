import { t, type Lang, type StringKey } from "../i18n/index.ts";
import type { Metric } from "../lib/data/dataset.ts";
import { localized } from "../lib/format/localize.ts";
import type { AxisConfig } from "./time-series.ts";

const AXIS_LABEL: Record<string, StringKey> = {
  companies: "chart.axis.companies",
  people: "chart.axis.people",
  jobs: "chart.axis.jobs",
  percent: "chart.axis.percent",
  years: "chart.axis.years",
  MAD_per_m2_month: "chart.axis.MAD_per_m2_month",
  sites: "chart.axis.sites",
  cities: "chart.axis.cities",
};

/**
 * The value axis of a metric, by its unit. Dirhams are drawn in millions
 * (800 000 000 → 800 on an axis titled "Millions de dirhams") and areas in
 * thousands of m² (30 000 → 30: at 320 px, ticks as wide as "40 000" left
 * the plot 79 % of the drawing); the labels beside the marks still give the
 * value as published. A share's axis ends at 100.
 */
export function axisFor(metric: Metric, lang: Lang): AxisConfig {
  if (metric.unit === "MAD") return { divisor: 1e6, label: t(lang, "chart.axis.millionsMAD") };
  if (metric.unit === "m2") return { divisor: 1e3, label: t(lang, "chart.axis.thousandsM2") };
  const key = AXIS_LABEL[metric.unit];
  const label = key ? t(lang, key) : localized(metric, "label", lang);
  // A share is read against the whole: its axis always ends at 100 %.
  return metric.unit === "percent" ? { label, max: 100 } : { label };
}
