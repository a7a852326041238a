import { TABLE_NAMES, TABLES } from "../../schemas/index.ts";
import type { Dataset } from "../data/dataset.ts";

type Tables = Record<keyof Dataset, readonly Record<string, unknown>[]>;

/**
 * Every cell where `actual` differs from `expected`, table by table and
 * field by field (Object.is, so 0.1 + 0.2 is not 0.3, and NaN is NaN), as
 * "observations row 3 (id): value is 1e-7, expected 0.0000001". Empty means
 * the same data. The release tool compares what it wrote, read back, with
 * what it meant to write; the tests compare each release's CSV and JSON.
 */
export function datasetDifferences(expected: Tables, actual: Tables): string[] {
  const out: string[] = [];
  for (const name of TABLE_NAMES) {
    const a = expected[name];
    const b = actual[name];
    if (a.length !== b.length) out.push(`${name}: ${b.length} rows, expected ${a.length}`);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const want = a[i] as Record<string, unknown>;
      const got = b[i] as Record<string, unknown>;
      for (const { name: field } of TABLES[name].fields)
        if (!Object.is(want[field], got[field]))
          out.push(
            `${name} row ${i + 1} (${String(want.id)}): ${field} is ${JSON.stringify(got[field])}, expected ${JSON.stringify(want[field])}`,
          );
    }
  }
  return out;
}
