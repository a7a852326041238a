import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TABLE_NAMES, type TableName } from "../../schemas/index.ts";

/** The `<table>.json` files of a release folder, parsed, table by table. */
export function readJsonTables(dir: string): Record<TableName, Record<string, unknown>[]> {
  const out = {} as Record<TableName, Record<string, unknown>[]>;
  for (const name of TABLE_NAMES)
    out[name] = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Record<
      string,
      unknown
    >[];
  return out;
}
