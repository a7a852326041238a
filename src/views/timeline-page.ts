import { chartForMetric } from "../charts/catalog.ts";
import { t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation, type Source } from "../lib/data/dataset.ts";
import { readerNote, type ReaderNote } from "../lib/data/reader-note.ts";
import { formatObservation } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { dateParts } from "../lib/format/timeline-text.ts";
import {
  figuresAnchor,
  timelineChart,
  type TimelineChartInput,
} from "../lib/timeline-layout/timeline-chart.ts";
import {
  axisYears,
  keyFiguresByYear,
  timelineEntries,
  timelineSections,
  type EntryPrecision,
  type TimelineEntry,
} from "../lib/model/timeline.ts";
import { chartPath, figurePath, sitePath } from "../lib/web/routes.ts";
import { NETWORK } from "../schemas/sites.ts";

/**
 * One event of a list (TimelineItem.astro): its date, kind and label in
 * one line; where, source, quote and note folded under it.
 */
export interface TimelineItemView {
  id: string;
  /** The date as the data write it ("2011/2012"), and how precise it is. */
  date: string;
  precision: EntryPrecision;
  plan: boolean;
  /** One `<time>` per end of the date: one for a point, two for an interval. */
  when: { datetime: string; text: string }[];
  inferred: boolean;
  /** "Ouverture", "Projet ou annonce"… */
  kind: string;
  label: string;
  /** The park, linked to its page; the network, unlinked. */
  where: { name: string; href?: string };
  source: Source;
  quote: string;
  note?: ReaderNote;
}

/** A key figure as a card (FigureCard.astro): value linked to its page, scope, year, quote. */
export interface FigureCardView {
  id: string;
  metric: string;
  value: string;
  href: string;
  scope: string;
  year: number;
  source: Source;
  quote: string;
}

/** A year of the timeline's list: its events, and its key figures folded with their charts. */
export interface TimelineSectionView {
  year: number;
  entries: TimelineItemView[];
  figures: FigureCardView[];
  /** The fragment id of the year's figures, which the drawn axis links to. */
  figuresAnchor: string;
  /** "Chiffres publiés pour 2011 : 12". */
  figuresSummary: string;
  /** The metrics of the year's figures, once each, with their chart. */
  chartLinks: { href: string; label: string }[];
}

export interface TimelinePageView {
  /** "Chronologie du réseau Technopark, 2001 – 2016", or the bare title without events. */
  heading: string;
  /** The drawn axis; undefined when there is nothing to draw. */
  chart: TimelineChartInput | undefined;
  /** The same entries and key figures as a list, year by year. */
  sections: TimelineSectionView[];
}

/** An event of `dataset` as a list shows it in `lang`. */
export function timelineItemView(
  dataset: Dataset,
  entry: TimelineEntry,
  lang: Lang,
): TimelineItemView {
  const { event } = entry;
  const index = datasetIndex(dataset);
  const name = scopeLabel(dataset, event.site, lang);
  const note = readerNote(event, lang);
  return {
    id: event.id,
    date: event.date,
    precision: entry.precision,
    plan: entry.plan,
    when: dateParts(entry, lang),
    inferred: entry.inferred,
    kind: t(lang, `timeline.kind.${event.kind}`),
    label: localized(event, "label", lang),
    where:
      event.site === NETWORK
        ? { name }
        : { name, href: sitePath(lang, index.siteOf(event.site).id) },
    source: index.sourceOf(event.source),
    quote: event.quote,
    ...(note ? { note } : {}),
  };
}

/** A figure of `dataset` as a card in `lang`. */
export function figureCardView(dataset: Dataset, o: Observation, lang: Lang): FigureCardView {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  return {
    id: o.id,
    metric: localized(metricOf(o.metric), "label", lang),
    value: formatObservation(o, lang),
    href: figurePath(lang, o.id),
    scope: scopeLabel(dataset, o.site, lang),
    year: o.year,
    source: sourceOf(o.source),
    quote: o.quote,
  };
}

/**
 * The timeline page of `dataset` in `lang`: every event, and as key figures
 * those of metrics that have a chart to link to.
 */
export function timelinePageView(dataset: Dataset, lang: Lang): TimelinePageView {
  const entries = timelineEntries(dataset.events);
  const figures = keyFiguresByYear(dataset, (metric) => chartForMetric(metric) !== undefined);
  const years = axisYears(entries, figures);
  const { metricOf } = datasetIndex(dataset);
  return {
    heading: years
      ? t(lang, "timeline.heading", { from: years[0], to: years[1] })
      : t(lang, "timeline.title"),
    chart: timelineChart(entries, figures, dataset, lang),
    sections: timelineSections(entries, figures).map((section) => ({
      year: section.year,
      entries: section.entries.map((e) => timelineItemView(dataset, e, lang)),
      figures: section.figures.map((o) => figureCardView(dataset, o, lang)),
      figuresAnchor: figuresAnchor(section.year),
      figuresSummary: t(lang, "timeline.figuresCount", {
        year: section.year,
        count: section.figures.length,
      }),
      chartLinks: [...new Set(section.figures.map((o) => o.metric))].flatMap((id) => {
        const chart = chartForMetric(id);
        const metric = localized(metricOf(id), "label", lang);
        return chart
          ? [{ href: chartPath(lang, chart.slug), label: t(lang, "timeline.seeChart", { metric }) }]
          : [];
      }),
    })),
  };
}
