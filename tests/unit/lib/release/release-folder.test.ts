import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../../../src/lib/release/checksums.ts";
import { listReleases, loadRelease, ReleaseError } from "../../../../src/lib/release/releases.ts";

// A release folder that is not as published is named in one plain line
// (ReleaseError), never a stack trace or a raw ENOENT.

function copyOf(version: string): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "tp-folder-"));
  const dir = join(root, version);
  cpSync(`data/releases/${version}`, dir, { recursive: true });
  return { root, dir };
}

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
};

describe("release folder problems, in plain words", () => {
  it("a CSV whose checksums were recomputed but whose JSON still says 170", () => {
    const { root, dir } = copyOf("1.1.0");
    const csv = join(dir, "observations.csv");
    const old = readFileSync(csv);
    const edited = readFileSync(csv, "utf8").replace(
      ",170,companies,approx,madeincity-10ans,près de 170 ",
      ",190,companies,approx,madeincity-10ans,près de 190 ",
    );
    writeFileSync(csv, edited);
    const sums = join(dir, "SHA256SUMS");
    writeFileSync(sums, readFileSync(sums, "utf8").replace(sha256(old), sha256(edited)));
    const [r] = listReleases(root);
    const e = thrown(() => loadRelease(r as NonNullable<typeof r>));
    expect(e).toBeInstanceOf(ReleaseError);
    expect((e as Error).message).toBe(
      `${dir}/observations.json disagrees with observations.csv (observations row 1 (madeincity-10ans.companies_hosted.casablanca.2011): value is 170, the CSV has 190): release 1.1.0 is not as published, and a published release never changes`,
    );
  });

  it("an empty release folder", () => {
    const { root } = copyOf("1.0.0");
    mkdirSync(join(root, "2.1.0"));
    const e = thrown(() => listReleases(root));
    expect(e).toBeInstanceOf(ReleaseError);
    expect((e as Error).message).toBe(
      `${root}/2.1.0/ is empty: a release folder holds the files npm run release wrote; restore the folder (git checkout -- ${root}/2.1.0/) or, if no release was meant, remove it`,
    );
  });

  it("a release folder without its datapackage.json", () => {
    const { root, dir } = copyOf("1.0.0");
    rmSync(join(dir, "datapackage.json"));
    expect(() => listReleases(root)).toThrow(
      `${dir}/datapackage.json is missing: every release folder has one, written by npm run release; restore the folder (git checkout -- ${dir}/) or, if no release was meant, remove it`,
    );
  });
});
