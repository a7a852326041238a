import { readFileSync } from "node:fs";
import { TABLE_NAMES, type TableName } from "../../src/schemas/index.ts";
import type { TableInput } from "../../src/lib/data/validate-dataset.ts";

/**
 * The tables of `dir` (data/ by default) as validator input, with edits
 * applied: each edit replaces text in one table, so a test shows exactly
 * the fault it adds. `tables` lists the files to read (a 1.x fixture has no
 * corrections.csv).
 */
export function dataInputs(
  edits: Partial<Record<TableName, (csv: string) => string>> = {},
  dir = "data",
  tables: readonly TableName[] = TABLE_NAMES,
): Partial<Record<TableName, TableInput>> {
  const out: Partial<Record<TableName, TableInput>> = {};
  for (const name of tables) {
    const file = `${dir}/${name}.csv`;
    const text = readFileSync(file, "utf8");
    const edit = edits[name];
    out[name] = { file, bytes: new TextEncoder().encode(edit ? edit(text) : text) };
  }
  return out;
}

/** Replaces `from` by `to` exactly once, failing loudly if `from` is absent. */
export function replaceOnce(from: string, to: string): (s: string) => string {
  return (s) => {
    if (!s.includes(from)) throw new Error(`fixture: "${from}" not found`);
    return s.replace(from, to);
  };
}

/** 1-based line of the first line containing `needle` in a table of `dir`. */
export function lineOf(name: TableName, needle: string, dir = "data"): number {
  const lines = readFileSync(`${dir}/${name}.csv`, "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`fixture: "${needle}" not in ${name}.csv`);
  return i + 1;
}
