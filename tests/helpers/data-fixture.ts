import { readFileSync } from "node:fs";
import { TABLE_NAMES, type TableName } from "../../src/schemas/index.ts";
import type { TableInput } from "../../src/lib/data/validate-dataset.ts";

/**
 * The real data/ tables as validator input, with edits applied: each edit
 * replaces text in one table, so a test shows exactly the fault it adds.
 */
export function dataInputs(
  edits: Partial<Record<TableName, (csv: string) => string>> = {},
): Record<TableName, TableInput> {
  const out = {} as Record<TableName, TableInput>;
  for (const name of TABLE_NAMES) {
    const file = `data/${name}.csv`;
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

/** 1-based line of the first line containing `needle` in a data file. */
export function lineOf(name: TableName, needle: string): number {
  const lines = readFileSync(`data/${name}.csv`, "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`fixture: "${needle}" not in ${name}.csv`);
  return i + 1;
}
