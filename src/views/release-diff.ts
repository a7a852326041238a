import { t, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { rowSummary } from "../lib/format/diff-summary.ts";
import { formatNumber } from "../lib/format/format.ts";
import { tCount } from "../lib/format/plural.ts";
import { versionSlug } from "../lib/release/data-catalog.ts";
import {
  correctionsAdded,
  diffCounts,
  isEmptyDiff,
  type DatasetDiff,
} from "../lib/release/diff.ts";
import { TABLE_NAMES, type TableName } from "../schemas/index.ts";
import { errataView, type ErrataView } from "./errata.ts";

/** What changed from the release before, with both datasets to name each row. */
export interface ReleaseChange {
  from: string;
  to: string;
  diff: DatasetDiff;
  before: Dataset;
  after: Dataset;
}

/** A row added or removed, and what it is in words ("Emplois · Technopark de Rabat · 2016 · 2 000"). */
export interface DiffRow {
  id: string;
  summary?: string;
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
  const { from, to, diff, before, after } = change;
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
      const summary = (ids: string[], dataset: Dataset) =>
        ids.map((id) => {
          const line = rowSummary(name, id, dataset, lang);
          return line === undefined ? { id } : { id, summary: line };
        });
      return {
        name,
        summary: t(lang, "data.diff.counts", {
          added: tCount(lang, "data.diff.count.added", added),
          changed: tCount(lang, "data.diff.count.changed", changed),
          removed: tCount(lang, "data.diff.count.removed", removed),
        }),
        added: summary(diff[name].added, after),
        changed: diff[name].changed.map((c) => ({
          id: c.id,
          fields: c.fields.map((f) => ({
            field: f.field,
            before: String(f.before),
            after: String(f.after),
          })),
        })),
        removed: summary(diff[name].removed, before),
      };
    }),
    errata: errataView(after, lang, correctionsAdded(before, after)),
  };
}
