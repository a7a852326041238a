import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RELEASE_STAGES, type ReleaseStage } from "../../../src/lib/release/cut-release.ts";
import { LOCK_FILE } from "../../../src/lib/release/release-lock.ts";
import {
  CHANGELOG_BEFORE,
  CITATION_BEFORE,
  scratchProject,
  snapshot,
} from "../lib/release/scratch-release.ts";

// scripts/release.ts run as `npm run release` runs it, on scratch projects
// (tests/unit/lib/release/scratch-release.ts), killed at each stage with the
// fault-injection variables it documents: TP_RELEASE_KILL_AT makes it
// SIGKILL itself at a stage, TP_RELEASE_PAUSE_AT makes it wait there for a
// signal sent by the test.

type Project = ReturnType<typeof scratchProject>;
const RELEASE = ["1.1.0", "--note", "Test release 1.1.0", "--date", "2026-11-25"];

function run(p: Project, args: string[] = RELEASE, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["scripts/release.ts", ...args, ...p.args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

/** Runs the tool paused at `stage`, sends it `signal` once it says so, and resolves with how it ended. */
function interrupt(p: Project, stage: ReleaseStage, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/release.ts", ...RELEASE, ...p.args], {
      env: { ...process.env, TP_RELEASE_PAUSE_AT: stage },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => {
      stderr += d;
      if (stderr.includes(`paused at ${stage}\n`)) child.kill(signal);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const entries = (p: Project) => readFileSync(p.changelog, "utf8").split("\n## 1.1.0 — ").length - 1;

/** What the scratch project looks like after an uninterrupted run: every recovery must end there. */
let uninterrupted: Record<string, string>;
beforeAll(() => {
  const p = scratchProject();
  const r = run(p);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  uninterrupted = snapshot(p.root);
  expect(Object.keys(uninterrupted)).toContain("data/releases/1.1.0/SHA256SUMS");
});

/** What a run killed at each stage leaves, before the rerun. */
const LEFT: Record<ReleaseStage, (p: Project) => void> = {
  locked: (p) => expect(readdirSync(p.releases)).toEqual([LOCK_FILE, "1.0.0"]),
  validated: (p) => expect(readdirSync(p.releases)).toEqual([LOCK_FILE, "1.0.0"]),
  staged: (p) =>
    expect(readdirSync(p.releases)).toEqual([
      expect.stringMatching(/^\.1\.1\.0\.staging-/),
      LOCK_FILE,
      "1.0.0",
    ]),
  renamed: (p) => {
    expect(readdirSync(p.releases)).toEqual([LOCK_FILE, "1.0.0", "1.1.0"]);
    expect(readFileSync(p.changelog, "utf8")).toBe(CHANGELOG_BEFORE);
    expect(readFileSync(p.citation, "utf8")).toBe(CITATION_BEFORE);
  },
  "changelog-temp": (p) => {
    expect(
      readdirSync(p.root).filter((f) => f.startsWith(".CHANGELOG.md.release-tmp-")),
    ).toHaveLength(1);
    expect(readFileSync(p.changelog, "utf8")).toBe(CHANGELOG_BEFORE);
  },
  changelog: (p) => {
    expect(entries(p)).toBe(1);
    expect(readFileSync(p.citation, "utf8")).toBe(CITATION_BEFORE);
  },
  citation: (p) => {
    expect(readFileSync(p.citation, "utf8")).toContain("version: 1.1.0\n");
    expect(readdirSync(p.releases)).toEqual([LOCK_FILE, "1.0.0", "1.1.0"]);
  },
};

/** What the rerun says after the line taking over the lock. */
const RERUN_SAYS: Record<ReleaseStage, RegExp> = {
  locked: /^Release 1\.1\.0 written to /,
  validated: /^Release 1\.1\.0 written to /,
  staged:
    /^Removed .*\/\.1\.1\.0\.staging-\w+, a staging folder left by an interrupted run\.\nRelease 1\.1\.0 written to /,
  renamed:
    /^Release 1\.1\.0 was already in place \(.*\); an interrupted run had left the rest undone, now done: added its entry to .*CHANGELOG\.md and pointed .*CITATION\.cff at 1\.1\.0\.\n$/,
  "changelog-temp":
    /^Removed .*\/\.CHANGELOG\.md\.release-tmp-\d+, a temporary file left by an interrupted run\.\nRelease 1\.1\.0 was already in place .*now done: added its entry to .*CHANGELOG\.md and pointed .*CITATION\.cff at 1\.1\.0\.\n$/,
  changelog:
    /^Release 1\.1\.0 was already in place .*now done: pointed .*CITATION\.cff at 1\.1\.0\.\n$/,
  citation: /^Release 1\.1\.0 is already complete: .* Nothing to do\.\n$/,
};

describe("a release killed with SIGKILL at any stage is finished by the next run", () => {
  it.each(RELEASE_STAGES)("killed at %s", (stage) => {
    const p = scratchProject();
    const killed = run(p, RELEASE, { TP_RELEASE_KILL_AT: stage });
    expect(killed.signal).toBe("SIGKILL");
    LEFT[stage](p);
    const rerun = run(p);
    expect(rerun.stderr).toBe("");
    expect(rerun.status).toBe(0);
    const [takeover, ...rest] = rerun.stdout.split(/(?<=\n)/);
    expect(takeover).toMatch(
      new RegExp(
        `^Took over the lock .*/${LOCK_FILE.replace(/\./g, "\\.")}: process ${killed.pid}, which held it \\(process ${killed.pid} since .*\\), is no longer running; its run was interrupted\\.\\n$`,
      ),
    );
    expect(rest.join("")).toMatch(RERUN_SAYS[stage]);
    // The same files as an uninterrupted run: the entry once, the citation
    // on 1.1.0, no lock, no staging folder, no temporary file.
    expect(snapshot(p.root)).toEqual(uninterrupted);
    expect(entries(p)).toBe(1);
  });
});

describe("SIGINT and SIGTERM", () => {
  it.each([
    ["SIGINT", "locked", 130],
    ["SIGTERM", "validated", 143],
    ["SIGTERM", "staged", 143],
    ["SIGINT", "staged", 130],
  ] as const)(
    "%s at %s stops the run and leaves no lock and no staging",
    async (signal, stage, code) => {
      const p = scratchProject();
      const before = snapshot(p.root);
      const r = await interrupt(p, stage, signal);
      expect(r.stderr).toBe(
        `paused at ${stage}\nRelease 1.1.0 interrupted by ${signal}: nothing was published; its lock and staging folder are removed.\n`,
      );
      expect(r.code).toBe(code);
      expect(snapshot(p.root)).toEqual(before);
    },
  );

  it("after the rename, the run finishes first, then exits", async () => {
    const p = scratchProject();
    const r = await interrupt(p, "renamed", "SIGTERM");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /\n\(SIGTERM came after the release was in place: the run finished it first, so nothing is left half-done\.\)\n$/,
    );
    expect(snapshot(p.root)).toEqual(uninterrupted);
  });
});

describe("flags", () => {
  it.each([
    [["--note", "N", "--note-en", "E"], "--note and --note-en conflict"],
    [["--note", "N", "--notes", "notes.md"], "--note and --notes conflict"],
    [
      ["--notes", "notes.md", "--note-fr", "F", "--note-ar", "A"],
      "--notes and --note-fr, --note-ar conflict",
    ],
  ])("refuses conflicting notes %j", (flags, conflict) => {
    const p = scratchProject();
    const before = snapshot(p.root);
    const r = run(p, ["1.1.0", ...flags, "--date", "2026-11-25"]);
    expect(r.stderr).toBe(
      `Release refused: ${conflict}: give the notes one way, --note "…" (one English note), --notes notes.md, or --note-fr, --note-en and --note-ar together.\n`,
    );
    expect(r.status).toBe(1);
    expect(snapshot(p.root)).toEqual(before);
  });

  it("--confirm-date lets a date after today through, and only then", () => {
    const p = scratchProject();
    const args = ["1.1.0", "--note", "N", "--date", "2099-12-31"];
    const r = run(p, args);
    expect(r.stderr).toMatch(
      /^Release refused: date 2099-12-31 is after today \(\d{4}-\d{2}-\d{2}\); .* If 2099-12-31 is meant, add --confirm-date\.\n$/,
    );
    expect(r.status).toBe(1);
    expect(run(p, [...args, "--confirm-date"]).status).toBe(0);
    expect(readFileSync(p.citation, "utf8")).toContain('date-released: "2099-12-31"');
  });

  it("--confirm-version lets a version that skips some through, and only then", () => {
    const p = scratchProject();
    const args = ["1.2.0", "--note", "N", "--date", "2026-11-25"];
    const r = run(p, args);
    expect(r.stderr).toBe(
      "Release refused: 1.2.0 skips versions: the release after 1.0.0 is 1.0.1, 1.1.0 or 2.0.0; if 1.2.0 is meant, add --confirm-version.\n",
    );
    expect(r.status).toBe(1);
    expect(run(p, [...args, "--confirm-version"]).status).toBe(0);
    expect(readdirSync(p.releases)).toEqual(["1.0.0", "1.2.0"]);
  });

  it("--notes with a placeholder as the Arabic note is refused", () => {
    const p = scratchProject();
    const notes = join(p.root, "notes.md");
    writeFileSync(
      notes,
      "## Français\n\nUne note.\n\n## English\n\nOne note.\n\n## العربية\n\nTODO\n",
    );
    const r = run(p, ["1.1.0", "--notes", notes, "--date", "2026-11-25"]);
    expect(r.stderr).toMatch(
      /^Release refused: the Arabic release note holds the placeholder "TODO"/,
    );
    expect(r.status).toBe(1);
  });
});
