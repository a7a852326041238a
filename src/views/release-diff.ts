import { LANGS, t, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { rowSummary } from "../lib/format/diff-summary.ts";
import { formatNumber } from "../lib/format/format.ts";
import { tCount } from "../lib/format/plural.ts";
import { errata, type Erratum } from "../lib/model/errata.ts";
import { versionSlug } from "../lib/release/data-catalog.ts";
import {
  correctionsAdded,
  diffCounts,
  isEmptyDiff,
  type DatasetDiff,
} from "../lib/release/diff.ts";
import { TABLE_NAMES, type TableName } from "../schemas/index.ts";
import { errataEntriesView, type ErrataView } from "./errata.ts";

/** A row added or removed, and what it is in words ("Emplois · Technopark de Rabat · 2016 · 2 000"). */
export interface DiffRow {
  id: string;
  summary?: string;
}

/** Each table's rows added and removed, each with what it is in words. */
type NamedRows = Record<TableName, { added: DiffRow[]; removed: DiffRow[] }>;

/**
 * What changed from the release before. The diff holds ids; what the diff
 * view says of its rows is resolved from both releases when the change is
 * made (releaseChange), so that no view carries a whole dataset.
 */
export interface ReleaseChange {
  from: string;
  to: string;
  diff: DatasetDiff;
  /** In each language: every added row named from the newer release, every removed row from the older. */
  rows: Record<Lang, NamedRows>;
  /** The corrections the newer release brings, each with its source. */
  corrections: Erratum[];
}

/**
 * The change `diff` from release `from` (`before`) to release `to`
 * (`after`): its rows named in every language, a row that its release does
 * not hold left unnamed, and the corrections `after` brings.
 */
export function releaseChange(change: {
  from: string;
  to: string;
  diff: DatasetDiff;
  before: Dataset;
  after: Dataset;
}): ReleaseChange {
  const { from, to, diff, before, after } = change;
  const named = (lang: Lang): NamedRows => {
    const rows = (name: TableName, ids: string[], dataset: Dataset) =>
      ids.map((id) => {
        const line = rowSummary(name, id, dataset, lang);
        return line === undefined ? { id } : { id, summary: line };
      });
    return Object.fromEntries(
      TABLE_NAMES.map((name) => [
        name,
        {
          added: rows(name, diff[name].added, after),
          removed: rows(name, diff[name].removed, before),
        },
      ]),
    ) as NamedRows;
  };
  return {
    from,
    to,
    diff,
    rows: Object.fromEntries(LANGS.map((lang) => [lang, named(lang)])) as Record<Lang, NamedRows>,
    corrections: errata(after, correctionsAdded(before, after)),
  };
}

/** What changed from one release to the next, in a reader's language (DataDiff.astro). */
export interface ReleaseDiffView {
  from: string;
  to: string;
  /** The section's fragment id: "diff-1-0-0-to-1-1-0". */
  anchor: string;
  empty: boolean;
  /** Every table, with how many rows were added, changed and removed, as numbers in words. */
  counts: { name: TableName; added: string; changed: string; removed: string }[];
  /** The tables that changed, each with its rows. */
  tables: {
    name: TableName;
    /** "2 ajoutées, 0 modifiée, 1 retirée". */
    summary: string;
    added: DiffRow[];
    changed: { id: string; fields: { field: string; before: string; after: string }[] }[];
    removed: DiffRow[];
  }[];
  /** The corrections the newer release brings, with why and the source. */
  errata: ErrataView;
}

/** `change` said in `lang`: each row named from the release that holds it. */
export function releaseDiffView(change: ReleaseChange, lang: Lang): ReleaseDiffView {
  const { from, to, diff } = change;
  const counts = diffCounts(diff);
  const n = (x: number) => formatNumber(x, lang);
  return {
    from,
    to,
    anchor: `diff-${versionSlug(from)}-to-${versionSlug(to)}`,
    empty: isEmptyDiff(diff),
    counts: TABLE_NAMES.map((name) => {
      const [added, changed, removed] = counts[name];
      return { name, added: n(added), changed: n(changed), removed: n(removed) };
    }),
    tables: TABLE_NAMES.filter((name) => counts[name].some((c) => c > 0)).map((name) => {
      const [added, changed, removed] = counts[name];
      const rows = change.rows[lang][name];
      return {
        name,
        summary: t(lang, "data.diff.counts", {
          added: tCount(lang, "data.diff.count.added", added),
          changed: tCount(lang, "data.diff.count.changed", changed),
          removed: tCount(lang, "data.diff.count.removed", removed),
        }),
        added: rows.added,
        changed: diff[name].changed.map((c) => ({
          id: c.id,
          fields: c.fields.map((f) => ({
            field: f.field,
            before: String(f.before),
            after: String(f.after),
          })),
        })),
        removed: rows.removed,
      };
    }),
    errata: errataEntriesView(change.corrections, lang),
  };
}
