import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// frictionless-js: an implementation of the Data Package specs that is not
// ours, so a release is checked by code that did not write it.
import { Package } from "datapackage";
import Papa from "papaparse";
import { listReleases } from "../../../../src/lib/release/releases.ts";

/** Every problem frictionless-js finds in the package at `dir`, as plain lines. */
async function frictionlessProblems(dir: string): Promise<string[]> {
  const pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir });
  const problems: string[] = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  for (const res of pkg.resources) {
    try {
      // cast: every cell against its field's type and constraints (required,
      // enum, unique, the primary key); relations: every foreign key resolved.
      await res.read({ cast: true, relations: true });
    } catch (e) {
      const err = e as Error & { errors?: Error[] };
      // A single error carries an empty `errors` list; a row of cast errors fills it.
      const detail = (err.errors?.length ? err.errors : [err]).map((x) => x.message).join("; ");
      problems.push(`${res.name}: ${detail}`);
    }
    // frictionless-js does not check bytes and hash: node's own crypto does.
    const bytes = readFileSync(join(dir, res.descriptor.path));
    const sha = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (res.descriptor.bytes !== bytes.length)
      problems.push(`${res.name}: bytes ${res.descriptor.bytes} declared, ${bytes.length} on disk`);
    if (res.descriptor.hash !== sha) problems.push(`${res.name}: hash does not match the file`);
  }
  return problems;
}

const scratchDirs: string[] = [];
afterAll(() => scratchDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of release `dir` with `edit` applied to one of its CSV files. */
function tampered(dir: string, file: string, edit: (csv: string) => string): string {
  const copy = mkdtempSync(join(tmpdir(), "tp-frictionless-"));
  scratchDirs.push(copy);
  cpSync(dir, copy, { recursive: true });
  const path = join(copy, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing: fix the test`);
  writeFileSync(path, after);
  return copy;
}

const releases = listReleases();
const latest = releases.at(-1);
if (!latest) throw new Error("no release in data/releases/");

describe("every release, read by an independent Frictionless implementation", () => {
  it.each(releases.map((r) => [r.version, r.dir]))(
    "release %s: schemas, types, primary and foreign keys, bytes and hashes hold",
    async (_v, dir) => {
      expect(await frictionlessProblems(dir)).toEqual([]);
    },
    30_000,
  );
});

describe("the independent validation catches a defect", () => {
  // Each edit keeps bytes and hash as the package declares them wrong, so
  // the test also shows which check speaks; the declared size is refused too.
  it("a metric no metrics row has (foreign key)", async () => {
    const dir = tampered(latest.dir, "observations.csv", (s) =>
      s.replace(",companies_hosted,", ",no_such_metric,"),
    );
    const problems = await frictionlessProblems(dir);
    // The first data row (row 2 under the header) is a companies_hosted figure.
    expect(problems).toContain('observations: Foreign key "metric" violation in row 2');
  });

  it("the same id twice (primary key)", async () => {
    const dir = tampered(latest.dir, "sources.csv", (s) => {
      const lines = s.split("\r\n");
      lines.splice(2, 0, lines[1] ?? "");
      return lines.join("\r\n");
    });
    const problems = await frictionlessProblems(dir);
    expect(problems).toContain('sources: Row 3 has an unique constraint violation in column "id"');
  });

  it("a value that is not a number (type)", async () => {
    const dir = tampered(latest.dir, "observations.csv", (s) => {
      // The first row's value cell, found by its column name.
      const [header = "", first = "", ...rest] = s.split("\r\n");
      const at = header.split(",").indexOf("value");
      const cells = Papa.parse<string[]>(first).data[0] ?? [];
      cells[at] = "abc";
      return [header, Papa.unparse([cells]), ...rest].join("\r\n");
    });
    const problems = await frictionlessProblems(dir);
    expect(problems).toContain(
      'observations: The value "abc" in column "value" is not type "number" and format "default"',
    );
  });

  it("a file whose bytes are not those the package declares", async () => {
    const dir = tampered(latest.dir, "metrics.csv", (s) => s.replace(/\r\n$/, "\r\n\r\n"));
    const problems = await frictionlessProblems(dir);
    expect(problems.filter((p) => p.startsWith("metrics: bytes"))).toHaveLength(1);
    expect(problems).toContain("metrics: hash does not match the file");
  });
});
