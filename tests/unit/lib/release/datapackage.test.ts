import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listReleases } from "../../../../src/lib/release/releases.ts";

// The Frictionless reference implementation (frictionless-js), offline: it
// reads each CSV through the schema in datapackage.json, casting every cell
// to its declared type and resolving the foreign keys. This goes beyond the
// profile check of releases.test.ts, which validates the descriptor only.
const require = createRequire(import.meta.url);
const { Package } = require("datapackage") as {
  Package: {
    load(
      path: string,
      opts: { basePath: string },
    ): Promise<{
      valid: boolean;
      errors: unknown[];
      resources: {
        name: string;
        read(opts: { keyed: boolean; relations: boolean }): Promise<Record<string, unknown>[]>;
      }[];
    }>;
  };
};

async function readAll(dir: string): Promise<Record<string, Record<string, unknown>[]>> {
  const pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir });
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const r of pkg.resources) out[r.name] = await r.read({ keyed: true, relations: true });
  return out;
}

describe("datapackage.json read by the Frictionless library", () => {
  it.each(listReleases().map((r) => [r.version, r.dir]))(
    "release %s: every row of every table casts to its schema and its references resolve",
    async (_v, dir) => {
      const tables = await readAll(dir);
      for (const [name, rows] of Object.entries(tables)) {
        const json = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as unknown[];
        expect(rows.length, name).toBe(json.length);
      }
      const first = tables.observations?.[0] as { year: unknown; value: unknown };
      expect(typeof first.year).toBe("number");
      expect(typeof first.value).toBe("number");
    },
  );

  it("rejects an observation whose metric does not exist", async () => {
    const release = listReleases().at(-1);
    if (!release) throw new Error("no release");
    const dir = join(mkdtempSync(join(tmpdir(), "tp-dp-")), release.version);
    cpSync(release.dir, dir, { recursive: true });
    const csv = join(dir, "observations.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace(",companies_hosted,", ",no_such_metric,"));
    await expect(readAll(dir)).rejects.toThrow(/foreign key/i);
  });
});
