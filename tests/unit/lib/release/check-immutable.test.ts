import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../../../src/lib/release/checksums.ts";
import { checkReleasesImmutable } from "../../../../src/lib/release/check-immutable.ts";
import { verifyRelease } from "../../../../src/lib/release/releases.ts";

// Scratch git repositories in temp folders: release 1.1.0 committed, then
// altered as a careless or hostile editor would.

/** git without the caller's GIT_* variables, with an identity for commits. */
function git(cwd: string, ...args: string[]): string {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("GIT_")),
  );
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=Test",
      "-c",
      "user.email=test@example.org",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd, encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] },
  );
}

function scratchRepo(): { repo: string; root: string; dir: string; short: string } {
  const repo = mkdtempSync(join(tmpdir(), "tp-immutable-"));
  const root = join(repo, "data", "releases");
  const dir = join(root, "1.1.0");
  cpSync("data/releases/1.1.0", dir, { recursive: true });
  git(repo, "init", "-q");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "Release 1.1.0");
  return { repo, root, dir, short: git(repo, "rev-parse", "HEAD").slice(0, 7) };
}

/** Changes 170 to 190 in observations.csv and writes its new digest into SHA256SUMS. */
function editWithSums(dir: string): void {
  const csv = join(dir, "observations.csv");
  const old = readFileSync(csv);
  const edited = readFileSync(csv, "utf8").replace(",170,", ",190,");
  writeFileSync(csv, edited);
  const sums = join(dir, "SHA256SUMS");
  writeFileSync(sums, readFileSync(sums, "utf8").replace(sha256(old), sha256(edited)));
}

describe("published releases are byte for byte as the commit that published them", () => {
  it("passes an untouched release", () => {
    const { root } = scratchRepo();
    expect(checkReleasesImmutable(root)).toEqual({ problems: [] });
  });

  it("refuses a CSV edited (170 → 190) with its SHA256SUMS recomputed, naming the files", () => {
    const { root, dir, short } = scratchRepo();
    editWithSums(dir);
    expect(verifyRelease(dir)).toEqual([]);
    expect(checkReleasesImmutable(root).problems).toEqual([
      `${dir}/SHA256SUMS differs from release 1.1.0 as published (commit ${short}): a published release never changes, even with its SHA256SUMS recomputed; restore it (git checkout ${short} -- ${dir}/SHA256SUMS) and record the change in data/corrections.csv`,
      `${dir}/observations.csv differs from release 1.1.0 as published (commit ${short}): a published release never changes, even with its SHA256SUMS recomputed; restore it (git checkout ${short} -- ${dir}/observations.csv) and record the change in data/corrections.csv`,
    ]);
  });

  it("refuses the same edit committed: the commit that first added the folder is the reference", () => {
    const { repo, root, dir, short } = scratchRepo();
    editWithSums(dir);
    git(repo, "commit", "-q", "-am", "Fix a figure in place");
    expect(checkReleasesImmutable(root).problems).toHaveLength(2);
    expect(checkReleasesImmutable(root).problems[1]).toContain(`(commit ${short})`);
  });

  it("refuses an added file and a removed one", () => {
    const { root, dir, short } = scratchRepo();
    writeFileSync(join(dir, "notes.txt"), "later thoughts\n");
    rmSync(join(dir, "events.json"));
    expect(checkReleasesImmutable(root).problems).toEqual([
      `${dir}/events.json is missing: release 1.1.0 as published (commit ${short}) has it, and a published release never changes; restore it (git checkout ${short} -- ${dir}/events.json)`,
      `${dir}/notes.txt was not in release 1.1.0 as published (commit ${short}): a published release never changes; remove the file`,
    ]);
  });

  it("leaves alone a release folder no commit has added yet (just cut, not committed)", () => {
    const { root } = scratchRepo();
    cpSync(join(root, "1.1.0"), join(root, "1.2.0"), { recursive: true });
    expect(checkReleasesImmutable(root)).toEqual({ problems: [] });
  });

  it("refuses to vouch for releases in a shallow clone, and says to fetch the history", () => {
    const { repo } = scratchRepo();
    writeFileSync(join(repo, "README.md"), "later\n");
    git(repo, "add", "README.md");
    git(repo, "commit", "-q", "-m", "A second commit");
    const clone = join(mkdtempSync(join(tmpdir(), "tp-shallow-")), "clone");
    git(tmpdir(), "clone", "-q", "--depth", "1", `file://${repo}`, clone);
    const root = join(clone, "data", "releases");
    expect(checkReleasesImmutable(root)).toEqual({
      problems: [
        `${root}: this clone is shallow, so the commits that published the releases are missing and the releases cannot be checked against them; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
      ],
    });
  });

  it("outside git, skips the check with a notice (the SHA256SUMS are still checked)", () => {
    const root = join(mkdtempSync(join(tmpdir(), "tp-nogit-")), "releases");
    cpSync("data/releases/1.1.0", join(root, "1.1.0"), { recursive: true });
    expect(checkReleasesImmutable(root)).toEqual({
      problems: [],
      skipped: `${root} is not in a git repository: the published releases were checked against their SHA256SUMS only, not against the commits that published them (clone the repository to check them)`,
    });
  });

  it("this repository's releases are as published (CI runs it on a full clone)", () => {
    expect(checkReleasesImmutable()).toEqual({ problems: [] });
  });
});

describe("npm run validate on a tampered or empty release folder: one plain line, no stack trace", () => {
  const script = resolve("scripts/validate.ts");
  function repoWithData(): { repo: string; short: string } {
    const repo = mkdtempSync(join(tmpdir(), "tp-validate-"));
    cpSync("data", join(repo, "data"), { recursive: true });
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "Data and releases");
    return { repo, short: git(repo, "rev-parse", "HEAD").slice(0, 7) };
  }
  const validate = (cwd: string) =>
    spawnSync(process.execPath, [script], { cwd, encoding: "utf8" });

  it("a CSV edited with its checksums recomputed", () => {
    const { repo, short } = repoWithData();
    editWithSums(join(repo, "data/releases/1.1.0"));
    const r = validate(repo);
    expect(r.status).toBe(1);
    const path = "data/releases/1.1.0";
    expect(r.stderr).toBe(
      `${path}/SHA256SUMS differs from release 1.1.0 as published (commit ${short}): a published release never changes, even with its SHA256SUMS recomputed; restore it (git checkout ${short} -- ${path}/SHA256SUMS) and record the change in data/corrections.csv\n` +
        `${path}/observations.csv differs from release 1.1.0 as published (commit ${short}): a published release never changes, even with its SHA256SUMS recomputed; restore it (git checkout ${short} -- ${path}/observations.csv) and record the change in data/corrections.csv\n`,
    );
  });

  it("an empty release folder", () => {
    const { repo } = repoWithData();
    mkdirSync(join(repo, "data/releases/9.0.0"));
    const r = validate(repo);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "data/releases/9.0.0/ is empty: a release folder holds the files npm run release wrote; restore the folder (git checkout -- data/releases/9.0.0/) or, if no release was meant, remove it\n",
    );
  });
});
