import { DIRECTION, INTL_LOCALE, t, type Lang } from "../../i18n/index.ts";
import { EVENT_KINDS } from "../../schemas/events.ts";
import type { Dataset } from "../data/dataset.ts";
import { axisYears, type TimelineEntry, type YearFigures } from "../model/timeline.ts";
import { localized } from "../format/localize.ts";
import { entrySummary, shortLabel } from "../format/timeline-text.ts";

/** One mark on the axis: an event, or a year with published figures. */
export interface TimelineMark {
  /** The event id, or `figures-<year>`; written as data-mark for tests and links. */
  id: string;
  /**
   * Short label drawn beside the mark (the event's label shortened by
   * words, `shortLabel`), "" for a year of figures. The full label is in
   * `title` and in the list.
   */
  label: string;
  /** A fact whose date is only deduced: drawn pale, its label in italics. */
  inferred: boolean;
  /** Extent in decimal years, [from, to); from === to for a day. */
  from: number;
  to: number;
  shape: "dot" | "bar" | "diamond";
  /** CSS classes that say fact or plan, inferred or printed, and the kind. */
  classes: readonly string[];
  /** Tooltip (SVG <title>) with the date, full label, kind and site; screen readers get the svg description. */
  title: string;
  /** Where the mark leads: its entry in the list below the drawing (an in-page anchor). */
  href: string;
}

export interface TimelineLane {
  id: string;
  label: string;
  marks: TimelineMark[];
  /** Drawn apart from the lanes above it (plans, after the facts). */
  separated: boolean;
}

/** Everything the renderer needs, already in the page's language. */
export interface TimelineChartInput {
  /** Prefix of the svg's element ids, unique in the page. */
  id: string;
  title: string;
  description: string;
  /** First and last year on the axis, inclusive. */
  years: [number, number];
  lanes: TimelineLane[];
  /** Where labels sit: beside marks on the reading side; a horizontal axis always runs left to right. */
  dir: "ltr" | "rtl";
  /** Heading of the facts when drawn down the page (openings, anniversaries, events together). */
  factsLabel: string;
}

function eventMark(entry: TimelineEntry, dataset: Dataset, lang: Lang): TimelineMark {
  return {
    id: entry.event.id,
    label: shortLabel(localized(entry.event, "label", lang)),
    inferred: entry.inferred,
    from: entry.span[0],
    to: entry.span[1],
    shape: entry.precision === "day" ? "dot" : "bar",
    classes: [
      `tl-${entry.event.kind}`,
      entry.plan ? "tl-plan" : "tl-fact",
      ...(entry.inferred ? ["tl-inferred"] : []),
    ],
    title: entrySummary(entry, dataset, lang),
    href: `#${entry.event.id}`,
  };
}

/** The anchor of a year's published figures in the list (TimelineList.astro). */
export const figuresAnchor = (year: number) => `tl-figures-${year}`;

/**
 * The timeline as lanes: published figures first, then one lane per kind
 * present (openings, anniversaries, events), then plans, apart, so that
 * what was announced never reads as what happened. Undefined when there is
 * nothing to draw.
 */
export function timelineChart(
  entries: readonly TimelineEntry[],
  figures: readonly YearFigures[],
  dataset: Dataset,
  lang: Lang,
  id = "timeline",
): TimelineChartInput | undefined {
  const years = axisYears(entries, figures);
  if (!years) return undefined;
  const lanes: TimelineLane[] = [];
  if (figures.length > 0)
    lanes.push({
      id: "figures",
      label: t(lang, "timeline.lane.figures"),
      separated: false,
      marks: figures.map((f) => ({
        id: `figures-${f.year}`,
        label: "",
        inferred: false,
        from: f.year,
        to: f.year + 1,
        shape: "diamond",
        classes: ["tl-figures"],
        title: t(lang, "timeline.figuresHeading", { year: f.year }),
        href: `#${figuresAnchor(f.year)}`,
      })),
    });
  for (const kind of EVENT_KINDS) {
    const ofKind = entries.filter((e) => e.event.kind === kind);
    if (ofKind.length === 0) continue;
    lanes.push({
      id: kind,
      label: t(lang, `timeline.lane.${kind}`),
      separated: kind === "plan" && lanes.length > 0,
      marks: ofKind.map((e) => eventMark(e, dataset, lang)),
    });
  }
  const events = entries.map((e) => entrySummary(e, dataset, lang)).join(" ");
  const description = [
    t(lang, "timeline.chartDesc", { from: years[0], to: years[1], events }),
    ...(figures.length > 0
      ? [
          t(lang, "timeline.chartFigures", {
            years: new Intl.ListFormat(INTL_LOCALE[lang]).format(
              figures.map((f) => String(f.year)),
            ),
          }),
        ]
      : []),
  ].join(" ");
  return {
    id,
    title: t(lang, "timeline.heading", { from: years[0], to: years[1] }),
    description,
    years,
    lanes,
    dir: DIRECTION[lang],
    factsLabel: t(lang, "timeline.section.facts"),
  };
}
