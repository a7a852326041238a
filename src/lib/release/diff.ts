import { TABLE_NAMES, TABLES, type TableName } from "../../schemas/index.ts";
import type { Correction, Dataset } from "../data/dataset.ts";

/** One cell that differs between two versions of a row. */
export interface FieldChange {
  field: string;
  before: string | number;
  after: string | number;
}

/** What changed in one table, rows matched by id. */
export interface TableDiff {
  /** Ids only in the newer version, in its row order. */
  added: string[];
  /** Ids only in the older version, in its row order. */
  removed: string[];
  /** Rows in both whose cells differ, in the newer version's order. */
  changed: { id: string; fields: FieldChange[] }[];
}

export type DatasetDiff = Record<TableName, TableDiff>;

type Row = Record<string, unknown>;

const cell = (row: Row, field: string): string | number => {
  const v = row[field];
  return typeof v === "number" ? v : String(v ?? "");
};

/**
 * Compares two versions of a table row by row, matching rows by `id` and
 * cells by the given columns. A row whose id changed is one removal and one
 * addition: ids are what citations point to.
 */
export function diffTable(
  before: readonly Row[],
  after: readonly Row[],
  fields: readonly string[],
): TableDiff {
  const old = new Map(before.map((r) => [String(r.id), r]));
  const now = new Set(after.map((r) => String(r.id)));
  const added: string[] = [];
  const changed: TableDiff["changed"] = [];
  for (const row of after) {
    const id = String(row.id);
    const prev = old.get(id);
    if (!prev) {
      added.push(id);
      continue;
    }
    const fieldsChanged = fields
      .filter((f) => cell(prev, f) !== cell(row, f))
      .map((f) => ({ field: f, before: cell(prev, f), after: cell(row, f) }));
    if (fieldsChanged.length) changed.push({ id, fields: fieldsChanged });
  }
  const removed = before.map((r) => String(r.id)).filter((id) => !now.has(id));
  return { added, removed, changed };
}

/** Every table of two datasets compared, in the canonical table order. */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const out = {} as DatasetDiff;
  for (const name of TABLE_NAMES)
    out[name] = diffTable(
      before[name] as unknown as Row[],
      after[name] as unknown as Row[],
      TABLES[name].fields.map((f) => f.name),
    );
  return out;
}

/** Counts per table, for a summary line. */
export function diffCounts(diff: DatasetDiff): Record<TableName, [number, number, number]> {
  const out = {} as Record<TableName, [number, number, number]>;
  for (const name of TABLE_NAMES)
    out[name] = [diff[name].added.length, diff[name].changed.length, diff[name].removed.length];
  return out;
}

export function isEmptyDiff(diff: DatasetDiff): boolean {
  return TABLE_NAMES.every((n) => Object.values(diffCounts(diff)[n]).every((c) => c === 0));
}

/**
 * The diff of each release against the one before it (`versions` oldest
 * first, as listReleases gives them), returned newest first: what a
 * reader of the changelog wants. The oldest release has no predecessor and
 * no entry.
 */
export function releaseDiffs(
  versions: readonly string[],
  datasets: ReadonlyMap<string, Dataset>,
): { from: string; to: string; diff: DatasetDiff }[] {
  const out: { from: string; to: string; diff: DatasetDiff }[] = [];
  for (let i = 1; i < versions.length; i++) {
    const from = versions[i - 1] as string;
    const to = versions[i] as string;
    const a = datasets.get(from);
    const b = datasets.get(to);
    if (!a || !b) throw new Error(`releaseDiffs: no dataset for ${a ? to : from}`);
    out.push({ from, to, diff: diffDatasets(a, b) });
  }
  return out.reverse();
}

/**
 * The corrections a release brings: those in `after` that `before` did not
 * carry (the corrections table is cumulative). The diff shows them beside
 * the rows they change, with why and the source.
 */
export function correctionsAdded(before: Dataset, after: Dataset): Correction[] {
  const known = new Set(before.corrections.map((c) => c.id));
  return after.corrections.filter((c) => !known.has(c.id));
}
