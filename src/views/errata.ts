import { t, type Lang } from "../i18n/index.ts";
import type { Correction, Dataset, Source } from "../lib/data/dataset.ts";
import { tCount } from "../lib/format/plural.ts";
import { errata, type Erratum } from "../lib/model/errata.ts";

/** One correction of a published row, as the errata list says it. */
export interface ErratumView {
  id: string;
  table: string;
  rowId: string;
  /** "publié dans la version 1.0.0". */
  published: string;
  /** "population : 900 → 800", "ligne retirée"… */
  change: string;
  /** Why, in the reader's language. */
  reason: string;
  source: Source;
}

/** The errata (DataErrata.astro): the corrections, and how many there are in words. */
export interface ErrataView {
  entries: ErratumView[];
  /** "3 corrections". */
  count: string;
}

/**
 * The corrections of `dataset` in `lang` (by default all of them: the
 * errata of the releases before it; else only `corrections`), each with
 * its source from `dataset`.
 */
export function errataView(
  dataset: Dataset,
  lang: Lang,
  corrections?: readonly Correction[],
): ErrataView {
  return errataEntriesView(errata(dataset, corrections), lang);
}

/**
 * Errata already resolved from their dataset, said in `lang`: a release's
 * diff carries the corrections it brings this way, not the dataset.
 */
export function errataEntriesView(entries: readonly Erratum[], lang: Lang): ErrataView {
  const value = (v: string) => (v === "" ? t(lang, "data.errata.empty") : v);
  return {
    entries: entries.map((e) => ({
      id: e.id,
      table: e.table,
      rowId: e.rowId,
      published: t(lang, "data.errata.published", { version: e.publishedIn }),
      change: e.removed
        ? e.after
          ? t(lang, "data.errata.replaced", { after: e.after })
          : t(lang, "data.errata.removed")
        : t(lang, "data.errata.changed", {
            field: e.field,
            before: value(e.before),
            after: value(e.after),
          }),
      reason: e.reason[lang],
      source: e.source,
    })),
    count: tCount(lang, "data.errata.count", entries.length),
  };
}
