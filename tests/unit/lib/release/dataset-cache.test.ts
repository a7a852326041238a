import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keepDataset } from "../../../../src/lib/release/dataset-cache.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";

let work: string;
const kept = () => join(work, "kept");
const releases = listReleases();
const first = () => {
  const [release] = listReleases(join(work, "releases"));
  if (!release) throw new Error("no release copied");
  return release;
};

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dataset-cache-"));
  cpSync(join("data/releases", "1.0.0"), join(work, "releases", "1.0.0"), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("loadRelease with a folder of kept datasets", () => {
  it("gives back, for every release, the dataset it validated, field for field", () => {
    for (const release of releases) {
      const validated = loadRelease(release, kept());
      expect(loadRelease(release, kept()), release.version).toStrictEqual(validated);
      expect(loadRelease(release), release.version).toStrictEqual(validated);
    }
    // One file per release, named by its version and the hash of its SHA256SUMS.
    const sums = (v: string) =>
      createHash("sha256")
        .update(readFileSync(join("data/releases", v, "SHA256SUMS")))
        .digest("hex");
    expect(readdirSync(kept()).sort()).toEqual(
      releases.map((r) => `${r.version}-${sums(r.version)}.v8`).sort(),
    );
  });

  it("reads the kept dataset rather than validating the files again", () => {
    const release = first();
    const dataset = loadRelease(release);
    const marked = { ...dataset, observations: dataset.observations.slice(0, 1) };
    keepDataset(kept(), release, marked);
    expect(loadRelease(release, kept()).observations).toHaveLength(1);
    expect(loadRelease(release).observations.length).toBeGreaterThan(1);
  });

  it("still stops on a release whose files are not as published", () => {
    const release = first();
    loadRelease(release, kept());
    const csv = join(release.dir, "sites.csv");
    writeFileSync(csv, `${readFileSync(csv, "utf8")}\n`);
    expect(() => loadRelease(release, kept())).toThrow(
      /sites\.csv.*release 1\.0\.0 is not as published/,
    );
  });

  it("validates again, and keeps anew, when the kept file cannot be read", () => {
    const release = first();
    const validated = loadRelease(release, kept());
    const [file] = readdirSync(kept());
    writeFileSync(join(kept(), file as string), "not a dataset");
    expect(loadRelease(release, kept())).toStrictEqual(validated);
    expect(readFileSync(join(kept(), file as string)).length).toBeGreaterThan(1000);
  });
});
