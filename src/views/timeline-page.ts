import { chartForMetric } from "../charts/catalog.ts";
import { t, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { timelineChart, type TimelineChartInput } from "../lib/timeline-layout/timeline-chart.ts";
import {
  axisYears,
  keyFiguresByYear,
  timelineEntries,
  timelineSections,
  type TimelineSection,
} from "../lib/model/timeline.ts";

export interface TimelinePageView {
  /** "Chronologie du réseau Technopark, 2001 – 2016", or the bare title without events. */
  heading: string;
  /** The drawn axis; undefined when there is nothing to draw. */
  chart: TimelineChartInput | undefined;
  /** The same entries and key figures as a list, year by year. */
  sections: TimelineSection[];
}

/**
 * The timeline page of `dataset` in `lang`: every event, and as key figures
 * those of metrics that have a chart to link to.
 */
export function timelinePageView(dataset: Dataset, lang: Lang): TimelinePageView {
  const entries = timelineEntries(dataset.events);
  const figures = keyFiguresByYear(dataset, (metric) => chartForMetric(metric) !== undefined);
  const years = axisYears(entries, figures);
  return {
    heading: years
      ? t(lang, "timeline.heading", { from: years[0], to: years[1] })
      : t(lang, "timeline.title"),
    chart: timelineChart(entries, figures, dataset, lang),
    sections: timelineSections(entries, figures),
  };
}
