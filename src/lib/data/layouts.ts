import type { Layout, TableName } from "../../schemas/index.ts";

type Row = Record<string, unknown>;

/**
 * An observation of 2.0.0 with the columns 2.1.0 added, empty: value_high
 * after its value (no range before 2.1.0), horizon and horizon_from after
 * its qualifier.
 */
function withHorizon(row: Row): Row {
  if ("horizon" in row) return row;
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = v;
    if (k === "value") out.value_high = undefined;
    if (k === "qualifier") {
      out.horizon = "";
      out.horizon_from = "";
    }
  }
  return out;
}

/**
 * A row of a release in `layout` lifted into the current model. Release 1.x
 * had one English `note`, no scope, periods or year basis, and years of
 * opening: its note becomes note_en (note_fr and note_ar empty), scope and
 * year_alternatives are empty, period_start absent, year_basis `printed`
 * (1.x did not say otherwise: the corrections of 2.0.0 say where it was
 * wrong), and `opened` the year as a date ("2001"). Releases before 2.1.0
 * had no rates or ranges: their observations get an empty horizon and
 * horizon_from, and no value_high; nor positions: their sites have no
 * geonames_id (it may be absent).
 * Works on rows from the CSV (after the schema) and from the JSON alike.
 */
export function upgradeRow(layout: Layout, table: TableName, row: Row): Row {
  if (layout.id >= 3) return row;
  if (table === "observations") return withHorizon(layout.id === 1 ? upgradeV1(table, row) : row);
  return layout.id === 1 ? upgradeV1(table, row) : row;
}

function upgradeV1(table: TableName, row: Row): Row {
  if (table === "sites") return { ...row, opened: String(row.opened) };
  if (table === "observations") {
    const { note, ...rest } = row;
    const out: Row = {};
    for (const [k, v] of Object.entries(rest)) {
      out[k] = v;
      if (k === "site") out.scope = "";
      if (k === "year") {
        out.period_start = undefined;
        out.year_basis = "printed";
        out.year_alternatives = "";
      }
    }
    return { ...out, note_fr: "", note_en: note ?? "", note_ar: "" };
  }
  if (table === "events") {
    const { note, ...rest } = row;
    return { ...rest, note_fr: "", note_en: note ?? "", note_ar: "" };
  }
  return row;
}

/**
 * A current-model row written back in `layout`: the inverse of upgradeRow
 * for rows that came from that layout, so release 1.0.0 rebuilt from its
 * own tables gives its own bytes. Lossy for data that only the current
 * model can say (a French note, a scope, a horizon): the release tool
 * writes new releases in the current layout only. (The writers take the
 * layout's columns, so the columns it lacks are simply not written.)
 */
export function downgradeRow(layout: Layout, table: TableName, row: Row): Row {
  if (layout.id !== 1) return row;
  if (table === "sites") return { ...row, opened: Number(row.opened) };
  if (table === "observations" || table === "events") return { ...row, note: row.note_en ?? "" };
  return row;
}
