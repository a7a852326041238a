import { EVENT_KINDS } from "../../schemas/events.ts";
import type { Dataset, Observation, TimelineEvent } from "../data/dataset.ts";
import { preferNetwork } from "./figures.ts";
import {
  parsePartialDate,
  type DatePoint,
  type PartialDate,
  type Precision,
} from "../../schemas/partial-date.ts";

/** How precisely an event is dated: a day, a month, a year, or only a range. */
export type EntryPrecision = Precision | "interval";

/** One event placed on the timeline. */
export interface TimelineEntry {
  event: TimelineEvent;
  /** 1-based rank in date order: the number drawn on the axis and shown in the list. */
  n: number;
  date: PartialDate;
  precision: EntryPrecision;
  /**
   * Every instant the date allows, as decimal years [from, to): 2012 is
   * [2012, 2013), June 2016 is [2016.41, 2016.5), 15 June 2016 is that one
   * day, "2011/2012" is [2011, 2013). Drawn as this extent, never as 1 January.
   */
  span: [number, number];
  /** The date was deduced from the source's content, not printed in it. */
  inferred: boolean;
  /** A plan, announcement or talk: not a fact that happened. */
  plan: boolean;
}

/** Instant at which a day starts, as a decimal year. */
function decimalYear(year: number, month = 1, day = 1): number {
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, month - 1, day) - start) / length;
}

function periodStart(p: DatePoint): number {
  return decimalYear(p.year, p.month, p.day);
}

/** First instant after the day, month or year that `p` names. */
function periodEnd(p: DatePoint): number {
  if (p.precision === "year") return p.year + 1;
  if (p.precision === "month") return decimalYear(p.year, (p.month ?? 1) + 1);
  return decimalYear(p.year, p.month, (p.day ?? 1) + 1);
}

const KIND_ORDER = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));

/**
 * The events in date order, numbered from 1. Order: earliest possible
 * instant first; then the narrower date ("2011" before "2011/2012"); then
 * kind (opening, anniversary, event, plan), so that at one date the facts
 * come before the plans announced there; then the order of events.csv.
 * Throws on an unparsable date, which the loader has already refused.
 */
export function timelineEntries(events: readonly TimelineEvent[]): TimelineEntry[] {
  const placed = events.map((event, index) => {
    const date = parsePartialDate(event.date).value;
    if (!date) throw new Error(`Event ${event.id}: "${event.date}" is not a partial date`);
    const last = date.end ?? date.start;
    const span: [number, number] = [periodStart(date.start), periodEnd(last)];
    return { event, index, date, span };
  });
  placed.sort(
    (a, b) =>
      a.span[0] - b.span[0] ||
      a.span[1] - b.span[1] ||
      (KIND_ORDER.get(a.event.kind) ?? 0) - (KIND_ORDER.get(b.event.kind) ?? 0) ||
      a.index - b.index,
  );
  return placed.map(({ event, date, span }, i) => ({
    event,
    n: i + 1,
    date,
    precision: date.end ? "interval" : date.start.precision,
    span,
    inferred: event.date_basis === "inferred",
    plan: event.kind === "plan",
  }));
}

/** Published figures for one year. */
export interface YearFigures {
  year: number;
  observations: Observation[];
}

/**
 * Key figures by year: observations of the metrics `isKey` accepts (the
 * site passes "has a chart"), years ascending, metrics in metrics.csv order.
 * For a metric and year, the network-wide figures when there are any, else
 * every site's. Figures that disagree are all kept, so no source is hidden.
 */
export function keyFiguresByYear(
  dataset: Dataset,
  isKey: (metricId: string) => boolean,
): YearFigures[] {
  const keyed = dataset.observations.filter((o) => isKey(o.metric));
  const years = [...new Set(keyed.map((o) => o.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    observations: dataset.metrics.flatMap((metric) =>
      preferNetwork(keyed.filter((o) => o.year === year && o.metric === metric.id)),
    ),
  }));
}

/** The events that begin in a year and the key figures of that year. */
export interface TimelineSection {
  year: number;
  entries: TimelineEntry[];
  figures: Observation[];
}

/**
 * Entries and key figures grouped by year, ascending. An entry belongs to
 * the year its date starts in ("2011/2012" to 2011), so the tenth
 * anniversary sits beside the 2011 figures. Entries keep their order.
 */
export function timelineSections(
  entries: readonly TimelineEntry[],
  figures: readonly YearFigures[],
): TimelineSection[] {
  const years = new Set([...entries.map((e) => e.date.start.year), ...figures.map((f) => f.year)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      entries: entries.filter((e) => e.date.start.year === year),
      figures: figures.find((f) => f.year === year)?.observations ?? [],
    }));
}

/**
 * First and last calendar years the axis must show: every year an entry
 * may fall in, and every year with key figures. Undefined when empty.
 */
export function axisYears(
  entries: readonly TimelineEntry[],
  figures: readonly YearFigures[],
): [number, number] | undefined {
  const years = [
    ...entries.flatMap((e) => [e.date.start.year, (e.date.end ?? e.date.start).year]),
    ...figures.map((f) => f.year),
  ];
  if (years.length === 0) return undefined;
  return [Math.min(...years), Math.max(...years)];
}
