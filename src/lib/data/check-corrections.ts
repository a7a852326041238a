import { columnsOf, layoutOf, type TableName } from "../../schemas/index.ts";
import { plainNumberText } from "../../schemas/number-text.ts";
import { ROW_FIELD, type Correction } from "../../schemas/corrections.ts";
import type { At } from "./check-model.ts";
import type { Dataset } from "./dataset.ts";
import { downgradeRow } from "./layouts.ts";

type Row = Record<string, unknown>;

/** A cell as the corrections table writes it: numbers in plain notation, nothing as "". */
export const cellText = (v: unknown): string =>
  typeof v === "number" ? plainNumberText(v) : v === undefined || v === null ? "" : String(v);

const versionKey = (v: string) => v.split(".").map((n) => n.padStart(6, "0")).join(".");

/**
 * The corrections agree with the data they correct: a removed row (`row`)
 * is gone, and what replaces it exists; a corrected cell now holds `after`
 * (in the row as renamed, when an `id` correction renamed it). Only the
 * newest correction of a cell is held to the data: a cell corrected twice
 * holds the second `after`.
 */
export function checkCorrectionsAgainstData(
  c: Correction,
  all: readonly Correction[],
  tables: Readonly<Record<TableName, readonly Row[]>>,
  at: At,
): void {
  const rows = new Map(tables[c.table].map((r) => [String(r.id), r]));
  if (c.field === ROW_FIELD) {
    at(
      "row_id",
      !rows.has(c.row_id),
      `${c.table} row '${c.row_id}' is still in the data: a 'row' correction records a removed row`,
    );
    at(
      "after",
      c.after === "" || rows.has(c.after),
      `no ${c.table} row '${c.after}' replaces it in the data`,
    );
    return;
  }
  at(
    "field",
    columnsOf(c.table).includes(c.field),
    `'${c.field}' is not a column of ${c.table} (nor 'row', for a removed row)`,
  );
  const same = (x: Correction) => x.table === c.table && x.row_id === c.row_id;
  const renamed = all.find((x) => same(x) && x.field === "id")?.after;
  const id = renamed ?? c.row_id;
  const row = rows.get(id);
  at("row_id", row !== undefined, `no ${c.table} row '${id}' in the data`);
  const newest = all
    .filter((x) => same(x) && x.field === c.field)
    .every((x) => versionKey(x.published_in) <= versionKey(c.published_in));
  if (!row || !newest || !columnsOf(c.table).includes(c.field)) return;
  const now = cellText(row[c.field]);
  at(
    "after",
    now === c.after,
    `${c.table} row '${id}' has ${c.field} "${now}" in the data, not "${c.after}"`,
  );
}

/**
 * A correction's row was published in `published_in`, with `before` in the
 * corrected column (empty for a column that release did not have), and for
 * a `row` correction `before` is the row's id.
 */
export function checkCorrectionAgainstRelease(
  c: Correction,
  published: (version: string) => Dataset | undefined,
  at: At,
): void {
  const release = published(c.published_in);
  if (!release) {
    at("published_in", false, `no release ${c.published_in} is published`);
    return;
  }
  const layout = layoutOf(c.published_in);
  const row = (release[c.table] as readonly Row[]).find((r) => String(r.id) === c.row_id);
  at(
    "row_id",
    row !== undefined,
    `no ${c.table} row '${c.row_id}' in release ${c.published_in}: a correction corrects a published row`,
  );
  if (!row) return;
  const had = layout.tables.includes(c.table) && columnsOf(c.table, layout).includes(c.field);
  const then =
    c.field === ROW_FIELD ? c.row_id : had ? cellText(downgradeRow(layout, c.table, row)[c.field]) : "";
  at(
    "before",
    then === c.before,
    had || c.field === ROW_FIELD
      ? `release ${c.published_in} published ${c.field} "${then}", not "${c.before}"`
      : `release ${c.published_in} had no column ${c.field}: before is empty`,
  );
}

/**
 * A correction changes something, once: its `after` is not its `before`,
 * and no earlier row of corrections.csv corrects the same field of the same
 * row in the same release, or records the same change (same before and
 * after) again. `earlier` are the rows above it, with their lines.
 */
export function checkCorrectionOnce(
  c: Correction,
  earlier: readonly { row: Correction; line: number }[],
  at: At,
): void {
  at(
    "after",
    c.after !== c.before,
    `after is the same as before ("${c.after}"): a correction records a value that changed`,
  );
  const same = (x: Correction) =>
    x.table === c.table && x.row_id === c.row_id && x.field === c.field;
  const twice = earlier.find((x) => same(x.row) && x.row.published_in === c.published_in);
  const again = earlier.find(
    (x) => same(x.row) && x.row.before === c.before && x.row.after === c.after,
  );
  at(
    "published_in",
    twice === undefined,
    `line ${twice?.line} already corrects ${c.field} of ${c.table} row '${c.row_id}' published in ${c.published_in}: one correction per field, row and release`,
  );
  at(
    "after",
    again === undefined || twice !== undefined,
    `line ${again?.line} already records ${c.field} of ${c.table} row '${c.row_id}' changed from "${c.before}" to "${c.after}": record a change once`,
  );
}
