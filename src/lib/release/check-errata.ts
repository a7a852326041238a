import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { CORRECTED_TABLES, ROW_FIELD, type Correction } from "../../schemas/corrections.ts";
import { columnsOf, LAYOUT_CURRENT, layoutOf, type TableName } from "../../schemas/index.ts";
import { cellText } from "../data/check-corrections.ts";
import type { Dataset } from "../data/dataset.ts";
import type { DataIssue } from "../data/issues.ts";
import { downgradeRow } from "../data/layouts.ts";
import { decodeUtf8, parseCsv } from "../data/read-csv.ts";
import { loadRelease, type ReleaseInfo } from "./releases.ts";

/**
 * Reader notes are commentary, not figures: a note rewritten, or translated
 * into French and Arabic when 2.0.0 added those columns, needs no erratum.
 * Counted when this rule was set, release 2.0.0 rewrote 42 English notes of
 * observations carried from 1.1.0 and 9 of events, and gave 45 and 12 of
 * them their first French and Arabic notes: errata for these would bury the
 * changes of figures under some 165 rows that correct nothing a reader
 * cites. The diff of each release still lists every note that changed.
 * Every other column (value, qualifier, unit, metric, site, scope, year,
 * period, year basis, quote, source, id, dates, titles, addresses…) needs
 * its correction.
 */
export const COMMENTARY_COLUMNS: readonly string[] = ["note", "note_fr", "note_en", "note_ar"];

/**
 * Columns a later layout added whose absence asserted nothing: a release
 * without `sites.geonames_id` did not place a park anywhere, so giving it
 * its city's GeoNames id (2.1.0) adds a fact and corrects none. Not so for
 * columns whose lifted default is itself a claim (year basis "printed", an
 * empty scope meaning every park): filling those needs its erratum.
 */
export const ADDED_WITHOUT_CLAIM: Readonly<Partial<Record<TableName, readonly string[]>>> = {
  sites: ["geonames_id"],
};

/** The dataset of a published release or of the working copy, with the folder it was read from. */
export interface DataState {
  /** The release's version; absent for the working copy (data/). */
  version?: string;
  dir: string;
  dataset: Dataset;
}

type Row = Record<string, unknown>;
type Where = { line: number; header: string[] };

const layoutOfState = (s: DataState) => (s.version ? layoutOf(s.version) : LAYOUT_CURRENT);
const nameOf = (s: DataState) => (s.version ? `release ${s.version}` : `${s.dir}/`);
const rowsOf = (s: DataState, table: TableName) => s.dataset[table] as unknown as Row[];
const findRow = (s: DataState, table: TableName, id: string) =>
  rowsOf(s, table).find((r) => String(r.id) === id);

/** Whether the state's files have the column (1.x had no scope, year basis…). */
const hasColumn = (s: DataState, table: TableName, field: string) => {
  const layout = layoutOfState(s);
  return layout.tables.includes(table) && columnsOf(table, layout).includes(field);
};

/** The cell as the state's own files wrote it: "" for a column they did not have. */
const publishedText = (s: DataState, table: TableName, row: Row, field: string) =>
  hasColumn(s, table, field) ? cellText(downgradeRow(layoutOfState(s), table, row)[field]) : "";

/** A cell written as CSV writes it: quoted when it holds a comma, a quote or a line break. */
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The line and header of each row of a state's table, by id, read from its CSV. */
function rowLines(dir: string, table: TableName): Map<string, Where> {
  const file = join(dir, `${table}.csv`);
  const { text } = decodeUtf8(file, readFileSync(file));
  const { table: csv } = parseCsv(file, text ?? "");
  const idAt = csv.header.indexOf("id");
  return new Map(csv.rows.map((r) => [r.cells[idAt] ?? "", { line: r.line, header: csv.header }]));
}

function locator(): (s: DataState, table: TableName, id: string) => Where | undefined {
  const cache = new Map<string, Map<string, Where>>();
  return (s, table, id) => {
    const key = `${s.dir}\0${table}`;
    let lines = cache.get(key);
    if (!lines) cache.set(key, (lines = rowLines(s.dir, table)));
    return lines.get(id);
  };
}

/**
 * Every cell of a published row that changed without its correction.
 * `states` are the published releases oldest first, then the working copy;
 * its corrections.csv is the one read. Each row of each release is followed
 * into the next state (into its new id when a correction renamed it; a
 * row gone from it, removed, is not followed) and each cell that differs there,
 * reader notes aside (COMMENTARY_COLUMNS), needs a correction: the row's id
 * in the earlier state, the field, `before` as that state published it (""
 * for a column its layout lacked, whose lifted default — year basis
 * "printed", no scope — is what it is compared with) and `after` the later
 * value. The problem is reported at the row in the later state's files.
 */
export function unrecordedChanges(states: readonly DataState[]): DataIssue[] {
  const working = states[states.length - 1];
  if (!working) return [];
  const corrections = working.dataset.corrections;
  const where = locator();
  const issues: DataIssue[] = [];
  const correctionsFile = join(working.dir, "corrections.csv");
  for (let i = 1; i < states.length; i++) {
    const a = states[i - 1] as DataState;
    const b = states[i] as DataState;
    for (const table of CORRECTED_TABLES) {
      const recorded = (id: string, field: string) =>
        corrections.filter((c) => c.table === table && c.row_id === id && c.field === field);
      for (const old of rowsOf(a, table)) {
        const id = String(old.id);
        const renamed = recorded(id, "id").find((c) => findRow(b, table, c.after));
        const now = findRow(b, table, id) ?? (renamed && findRow(b, table, renamed.after));
        if (!now) continue;
        for (const field of columnsOf(table)) {
          if (COMMENTARY_COLUMNS.includes(field)) continue;
          if (ADDED_WITHOUT_CLAIM[table]?.includes(field) && !hasColumn(a, table, field)) continue;
          const was = cellText(old[field]);
          const is = cellText(now[field]);
          if (was === is) continue;
          const before = publishedText(a, table, old, field);
          if (recorded(id, field).some((c) => c.before === before && c.after === is)) continue;
          const at = where(b, table, String(now.id));
          const file = join(b.dir, `${table}.csv`);
          const column = at ? at.header.indexOf(field) : -1;
          const first = firstCarrying(states.slice(0, i), table, id, field, before);
          const had = hasColumn(a, table, field)
            ? `"${was}" in ${nameOf(a)}`
            : `"${was}" in ${nameOf(a)} (which had no column ${field})`;
          issues.push({
            file,
            ...(at ? { line: at.line } : {}),
            ...(column >= 0 ? { column: column + 1, columnName: field } : {}),
            message:
              `${field} of ${table} row '${id}' changed from ${had} to "${is}" in ${nameOf(b)} with no correction: ` +
              `add to ${correctionsFile} the row <id>,${[table, id, first, field, before, is].map(csvCell).join(",")},` +
              `<why in French>,<why in English>,<why in Arabic>,<source>`,
          });
        }
      }
    }
  }
  return issues;
}

/**
 * The first of `releases` (oldest first) from which the row `id` was
 * carried, with `before` in `field`, into the last of them without a break:
 * the `published_in` of its correction.
 */
function firstCarrying(
  releases: readonly DataState[],
  table: TableName,
  id: string,
  field: string,
  before: string,
): string {
  let first = releases[releases.length - 1]?.version ?? "";
  for (let i = releases.length - 2; i >= 0; i--) {
    const s = releases[i] as DataState;
    const row = findRow(s, table, id);
    if (
      !row ||
      (field !== ROW_FIELD && field !== "id" && publishedText(s, table, row, field) !== before)
    )
      break;
    first = s.version ?? first;
  }
  return first;
}

/**
 * Each correction's `published_in` is the first release that carried the
 * row as corrected (its id, and `before` in the field): an earlier release
 * that already published it means the erratum is filed under the wrong
 * release. `releases` are the published ones; `state` is the working copy
 * whose corrections.csv is checked.
 */
export function misfiledCorrections(releases: readonly DataState[], state: DataState): DataIssue[] {
  const where = locator();
  const issues: DataIssue[] = [];
  for (const c of state.dataset.corrections as Correction[]) {
    const earlier = releases.filter(
      (s) => s.version && semver.valid(c.published_in) && semver.lt(s.version, c.published_in),
    );
    const first = earlier.find((s) => {
      const row = findRow(s, c.table, c.row_id);
      if (!row) return false;
      if (c.field === ROW_FIELD || c.field === "id") return true;
      return (
        columnsOf(c.table).includes(c.field) && publishedText(s, c.table, row, c.field) === c.before
      );
    });
    if (!first) continue;
    const at = where(state, "corrections", c.id);
    const column = at ? at.header.indexOf("published_in") : -1;
    const what =
      c.field === ROW_FIELD || c.field === "id"
        ? ""
        : hasColumn(first, c.table, c.field)
          ? ` with ${c.field} "${c.before}"`
          : ` (without a column ${c.field}, so before "")`;
    issues.push({
      file: join(state.dir, "corrections.csv"),
      ...(at ? { line: at.line } : {}),
      ...(column >= 0 ? { column: column + 1, columnName: "published_in" } : {}),
      message: `release ${first.version} already published ${c.table} row '${c.row_id}'${what}: published_in is the first release that carried the row as corrected, ${first.version}, not ${c.published_in}`,
    });
  }
  return issues;
}

/** Each published release as a state to follow rows through, loaded once. */
export const publishedStates = (releases: readonly ReleaseInfo[]): DataState[] =>
  releases.map((r) => ({ version: r.version, dir: r.dir, dataset: loadRelease(r) }));

/**
 * What `npm run validate` and the release tool both hold the working copy
 * to: each correction filed under the first release that carried its row
 * (misfiledCorrections), and every changed cell of a published row with
 * its correction (unrecordedChanges).
 */
export function errataIssues(releases: readonly DataState[], working: DataState): DataIssue[] {
  return [...misfiledCorrections(releases, working), ...unrecordedChanges([...releases, working])];
}
