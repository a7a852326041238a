import { t, type Lang } from "../../i18n/index.ts";
import type { Dataset } from "../data/dataset.ts";
import { formatPartialDate } from "./format.ts";
import { localized } from "./localize.ts";
import { scopeLabel } from "./scope.ts";
import type { TimelineEntry } from "../model/timeline.ts";

/**
 * The pieces of an entry's date for `<time>` elements: one for a point,
 * two for an interval. `datetime` is the ISO text at its own precision
 * ("2016", "2016-06", "2016-06-15"), which HTML accepts as such.
 */
export function dateParts(entry: TimelineEntry, lang: Lang): { datetime: string; text: string }[] {
  return entry.event.date
    .split("/")
    .map((datetime) => ({ datetime, text: formatPartialDate(datetime, lang) }));
}

/** The date as read aloud: "2011 – 2012 (date déduite du contenu)" when inferred. */
export function entryDateText(entry: TimelineEntry, lang: Lang): string {
  const date = formatPartialDate(entry.event.date, lang);
  return entry.inferred ? t(lang, "timeline.inferred", { date }) : date;
}

/** "3. 2011 – 2012 (…) : label (Projet ou annonce, Technopark de Rabat)." */
export function entrySummary(entry: TimelineEntry, dataset: Dataset, lang: Lang): string {
  return t(lang, "timeline.summary", {
    n: entry.n,
    date: entryDateText(entry, lang),
    label: localized(entry.event, "label", lang),
    kind: t(lang, `timeline.kind.${entry.event.kind}`),
    site: scopeLabel(dataset, entry.event.site, lang),
  });
}
