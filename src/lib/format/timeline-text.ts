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

/** "2011 – 2012 (…) : label (Projet ou annonce, Technopark de Rabat)." */
export function entrySummary(entry: TimelineEntry, dataset: Dataset, lang: Lang): string {
  return t(lang, "timeline.summary", {
    date: entryDateText(entry, lang),
    label: localized(entry.event, "label", lang),
    kind: t(lang, `timeline.kind.${entry.event.kind}`),
    site: scopeLabel(dataset, entry.event.site, lang),
  });
}

/** Longest short label, in characters: two lines beside a mark on a phone. */
export const SHORT_LABEL_MAX = 48;

const OPENERS: Record<string, string> = { "«": "»", "“": "”", "(": ")", "[": "]" };

/**
 * An event's label short enough to stand on the timeline drawing: a
 * trailing parenthesis dropped ("Ouverture du Technopark de Tanger
 * (rez-de-chaussée…)" → "Ouverture du Technopark de Tanger"), then cut
 * after a whole word with "…" when still over `max` characters, never
 * inside an opened quotation mark or parenthesis. The full label stays in
 * the mark's <title> and in the list.
 */
export function shortLabel(label: string, max = SHORT_LABEL_MAX): string {
  const text = label.replace(/\s*\([^()]*\)$/, "").trim() || label;
  if (text.length <= max) return text;
  let cut = "";
  for (const word of text.split(/\s+/)) {
    const next = cut ? `${cut} ${word}` : word;
    if (next.length + 1 > max) break;
    cut = next;
  }
  // Cut before a quotation or parenthesis left open: half a quote misquotes.
  const open = unclosedFrom(cut);
  if (open > 0) cut = cut.slice(0, open);
  cut = cut.replace(/[\s,;:–—-]+$/u, "");
  return `${cut || text.slice(0, max - 1)}…`;
}

/** Index of the first opening mark in `text` that is not closed, or -1. */
function unclosedFrom(text: string): number {
  const stack: { close: string; at: number }[] = [];
  [...text].forEach((ch, at) => {
    const close = OPENERS[ch];
    if (close) stack.push({ close, at });
    else if (stack.at(-1)?.close === ch) stack.pop();
  });
  return stack[0]?.at ?? -1;
}
