import { readFileSync } from "node:fs";
import { join } from "node:path";
import { layoutOf, TABLE_NAMES, type Layout, type TableName } from "../../schemas/index.ts";
import { upgradeRow } from "../data/layouts.ts";

/**
 * The `<table>.json` files of a release folder, parsed, table by table, in
 * the current model: rows of a release in an older `layout` are lifted as
 * the loader lifts its CSV rows, a table the layout lacks is empty, and
 * null (an absent number) is read as absent, as an empty CSV cell is. The
 * layout is the one of the folder's version (its datapackage.json) unless
 * given.
 */
export function readJsonTables(
  dir: string,
  layout: Layout = layoutOf(
    (JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { version: string })
      .version,
  ),
): Record<TableName, Record<string, unknown>[]> {
  const out = {} as Record<TableName, Record<string, unknown>[]>;
  for (const name of TABLE_NAMES) {
    if (!layout.tables.includes(name)) {
      out[name] = [];
      continue;
    }
    const rows = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Record<
      string,
      unknown
    >[];
    out[name] = rows.map((r) =>
      upgradeRow(
        layout,
        name,
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? undefined : v])),
      ),
    );
  }
  return out;
}
