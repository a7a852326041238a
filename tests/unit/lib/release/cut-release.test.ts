import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cutRelease, today, type CutOptions } from "../../../../src/lib/release/cut-release.ts";
import { LOCK_FILE } from "../../../../src/lib/release/release-lock.ts";
import {
  citationFor,
  hasChangelogEntry,
  withChangelogEntry,
} from "../../../../src/lib/release/release-records.ts";
import { refuseVersion } from "../../../../src/lib/release/releases.ts";
import { writeFileAtomic } from "../../../../src/lib/release/write-atomic.ts";
import { CHANGELOG_BEFORE, CITATION_BEFORE, scratchProject, snapshot } from "./scratch-release.ts";

type Project = ReturnType<typeof scratchProject>;

/** Cuts 1.1.0 in a scratch project (1.0.0 published, data/ changed since), collecting what the tool says. */
async function cut(p: Project, extra: Partial<CutOptions> = {}, said: string[] = []) {
  return cutRelease({
    version: "1.1.0",
    note: "Test release 1.1.0",
    date: "2026-11-25",
    today: "2026-12-01",
    dataDir: p.data,
    releasesDir: p.releases,
    changelog: p.changelog,
    citation: p.citation,
    log: (line) => said.push(line),
    ...extra,
  });
}

/** A scratch project after an uninterrupted cut of 1.1.0: what every recovery must end in. */
async function reference(): Promise<Record<string, string>> {
  const p = scratchProject();
  await cut(p);
  return snapshot(p.root);
}

const entries = (p: Project, version: string) =>
  readFileSync(p.changelog, "utf8").split(`\n## ${version} — `).length - 1;

describe("a release date after today (--date 2099-12-31 lasts for ever)", () => {
  it("is refused unless confirmed, and nothing is written", async () => {
    const p = scratchProject();
    const before = snapshot(p.root);
    await expect(cut(p, { date: "2099-12-31" })).rejects.toThrow(
      "Release refused: date 2099-12-31 is after today (2026-12-01); a release's date is printed in every citation and never changes. If 2099-12-31 is meant, add --confirm-date.",
    );
    await expect(cut(p, { date: "2026-12-02" })).rejects.toThrow(
      /^Release refused: date 2026-12-02 is after today/,
    );
    expect(snapshot(p.root)).toEqual(before);
    await cut(p, { date: "2099-12-31", confirmDate: true });
    expect(readFileSync(p.citation, "utf8")).toContain('date-released: "2099-12-31"');
  });

  it("accepts today", async () => {
    const p = scratchProject();
    expect((await cut(p, { date: "2026-12-01" })).outcome).toBe("cut");
  });

  it("takes today as the later of the UTC day and the local one", () => {
    const tz = process.env.TZ;
    try {
      // 23:30 UTC is already the next day in Tokyo (UTC+9), not yet in New York.
      process.env.TZ = "Asia/Tokyo";
      expect(today(new Date("2026-12-06T23:30:00Z"))).toBe("2026-12-07");
      process.env.TZ = "America/New_York";
      expect(today(new Date("2026-12-06T23:30:00Z"))).toBe("2026-12-06");
      expect(today(new Date("2026-12-07T01:30:00Z"))).toBe("2026-12-07");
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe("a version more than one step ahead of the latest (21.0.0 typed for 2.1.0)", () => {
  it.each(["2.0.1", "2.1.0", "3.0.0"])("after 2.0.0, %s is next", (v) => {
    expect(refuseVersion(v, ["1.0.0", "1.1.0", "2.0.0"])).toBeUndefined();
  });

  it.each(["21.0.0", "2.2.0", "2.0.2", "4.0.0", "2.1.1"])("after 2.0.0, %s is refused", (v) => {
    expect(refuseVersion(v, ["1.0.0", "1.1.0", "2.0.0"])).toBe(
      `${v} skips versions: the release after 2.0.0 is 2.0.1, 2.1.0 or 3.0.0; if ${v} is meant, add --confirm-version`,
    );
    expect(refuseVersion(v, ["1.0.0", "1.1.0", "2.0.0"], { confirmed: true })).toBeUndefined();
  });

  it("is refused by the tool unless confirmed, and nothing is written", async () => {
    const p = scratchProject();
    const before = snapshot(p.root);
    await expect(cut(p, { version: "11.0.0" })).rejects.toThrow(
      "Release refused: 11.0.0 skips versions: the release after 1.0.0 is 1.0.1, 1.1.0 or 2.0.0; if 11.0.0 is meant, add --confirm-version.",
    );
    expect(snapshot(p.root)).toEqual(before);
    await cut(p, { version: "1.2.0", confirmVersion: true });
    expect(readdirSync(p.releases)).toEqual(["1.0.0", "1.2.0"]);
  });
});

describe("a lock left by a killed run", () => {
  it("is taken over when its process is no longer running, with a line saying so", async () => {
    const p = scratchProject();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const holder = `process ${dead} since 2026-12-01T10:00:00.000Z`;
    writeFileSync(join(p.releases, LOCK_FILE), `${holder}\n`);
    const said: string[] = [];
    await cut(p, {}, said);
    expect(said).toEqual([
      `Took over the lock ${join(p.releases, LOCK_FILE)}: process ${dead}, which held it (${holder}), is no longer running; its run was interrupted.`,
    ]);
    expect(snapshot(p.root)).toEqual(await reference());
  });

  it("is respected while its process runs", async () => {
    const p = scratchProject();
    writeFileSync(join(p.releases, LOCK_FILE), `process ${process.pid} since now\n`);
    await expect(cut(p)).rejects.toThrow(/^Release refused: another release is being cut/);
    expect(readdirSync(p.releases)).toEqual([LOCK_FILE, "1.0.0"]);
  });
});

describe("staging folders and temporary files left by a killed run", () => {
  it("are removed by the next run, each with a line", async () => {
    const p = scratchProject();
    const staging = join(p.releases, ".1.1.0.staging-Ab12Cd");
    mkdirSync(staging);
    writeFileSync(join(staging, "observations.csv"), "half");
    writeFileSync(join(p.root, ".CHANGELOG.md.release-tmp-4242"), "half");
    writeFileSync(join(p.root, ".CITATION.cff.release-tmp-4242"), "");
    const said: string[] = [];
    await cut(p, {}, said);
    expect(said).toEqual([
      `Removed ${staging}, a staging folder left by an interrupted run.`,
      `Removed ${join(p.root, ".CHANGELOG.md.release-tmp-4242")}, a temporary file left by an interrupted run.`,
      `Removed ${join(p.root, ".CITATION.cff.release-tmp-4242")}, a temporary file left by an interrupted run.`,
    ]);
    expect(snapshot(p.root)).toEqual(await reference());
  });
});

describe("a rerun after a kill between the rename and the end", () => {
  it("adds the missing changelog entry and citation, once, and says so", async () => {
    const p = scratchProject();
    await cut(p);
    // As a kill right after the rename leaves them.
    writeFileSync(p.changelog, CHANGELOG_BEFORE);
    writeFileSync(p.citation, CITATION_BEFORE);
    const said: string[] = [];
    expect((await cut(p, {}, said)).outcome).toBe("completed");
    expect(said).toEqual([
      `Release 1.1.0 was already in place (${p.releases}/1.1.0/ matches its SHA256SUMS and holds the data of ${p.data}/); an interrupted run had left the rest undone, now done: added its entry to ${p.changelog} and pointed ${p.citation} at 1.1.0.`,
    ]);
    expect(snapshot(p.root)).toEqual(await reference());
  });

  it("after the changelog, points only the citation at the release: the entry is never added twice", async () => {
    const p = scratchProject();
    await cut(p);
    writeFileSync(p.citation, CITATION_BEFORE);
    const said: string[] = [];
    await cut(p, {}, said);
    expect(said[0]).toMatch(/now done: pointed .*CITATION\.cff at 1\.1\.0\.$/);
    expect(entries(p, "1.1.0")).toBe(1);
    expect(snapshot(p.root)).toEqual(await reference());
  });

  it("says when everything is already done, and changes nothing", async () => {
    const p = scratchProject();
    await cut(p);
    const done = snapshot(p.root);
    const said: string[] = [];
    expect((await cut(p, {}, said)).outcome).toBe("done");
    expect(said).toEqual([
      `Release 1.1.0 is already complete: ${p.releases}/1.1.0/ matches its SHA256SUMS and holds the data of ${p.data}/, ${p.changelog} has its entry and ${p.citation} names it. Nothing to do.`,
    ]);
    expect(snapshot(p.root)).toEqual(done);
  });

  it("on another day, records the date and note the release was published with", async () => {
    const p = scratchProject();
    await cut(p);
    writeFileSync(p.changelog, CHANGELOG_BEFORE);
    writeFileSync(p.citation, CITATION_BEFORE);
    const said: string[] = [];
    await cut(p, { date: "2026-12-01", note: "Other words" }, said);
    expect(said[0]).toMatch(/, with the date \(2026-11-25\) and notes it was published with\.$/);
    expect(snapshot(p.root)).toEqual(await reference());
  });

  it("refuses a release folder that no longer matches its SHA256SUMS", async () => {
    const p = scratchProject();
    await cut(p);
    writeFileSync(p.changelog, CHANGELOG_BEFORE);
    const csv = join(p.releases, "1.1.0", "observations.json");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("170", "190"));
    await expect(cut(p)).rejects.toThrow(
      `Release refused: release 1.1.0 exists and is never rewritten, and it no longer matches its SHA256SUMS: ${csv}: SHA-256 differs from SHA256SUMS.`,
    );
    expect(readFileSync(p.changelog, "utf8")).toBe(CHANGELOG_BEFORE);
  });
});

describe("CHANGELOG.md and CITATION.cff", () => {
  it("an empty CHANGELOG.md (its history lost) is refused before anything is published", async () => {
    const p = scratchProject();
    writeFileSync(p.changelog, "");
    await expect(cut(p)).rejects.toThrow(
      `Release refused: ${p.changelog} is empty, its earlier entries lost: restore it (git checkout -- ${p.changelog}) and run again.`,
    );
    expect(existsSync(join(p.releases, "1.1.0"))).toBe(false);
  });

  it("a CITATION.cff without its version line is refused before anything is published", async () => {
    const p = scratchProject();
    writeFileSync(p.citation, "cff-version: 1.2.0\ntitle: T\n");
    await expect(cut(p)).rejects.toThrow(
      `Release refused: ${p.citation} has no "version:" or no "date-released:" line: restore it (git checkout -- ${p.citation}) and run again.`,
    );
    expect(existsSync(join(p.releases, "1.1.0"))).toBe(false);
  });

  it("an entry is found by its heading, and added on top", () => {
    const meta = { version: "1.1.0", date: "2026-11-25", note: "N" };
    const text = withChangelogEntry(CHANGELOG_BEFORE, meta);
    expect(text).toBe(
      "# Changelog of the datasets\n\nEach release is published under `/data/<version>/` and never changes.\n\n## 1.1.0 — 2026-11-25\n\nN\n\n## 1.0.0 — 2026-11-24\n\nFirst.\n",
    );
    expect(hasChangelogEntry(text, "1.1.0")).toBe(true);
    expect(hasChangelogEntry(text, "1.1.1")).toBe(false);
    expect(hasChangelogEntry("## 1.1.0.1 — x\nsee 1.1.0\n", "1.1.0")).toBe(false);
    expect(citationFor(CITATION_BEFORE, meta)).toBe(
      'cff-version: 1.2.0\ntitle: T\nversion: 1.1.0\ndate-released: "2026-11-25"\nlicense: CC-BY-4.0\n',
    );
  });

  it("are replaced in one step, leaving no temporary file", () => {
    const p = scratchProject();
    writeFileAtomic(p.citation, "new\n");
    expect(readFileSync(p.citation, "utf8")).toBe("new\n");
    expect(readdirSync(p.root).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

describe("errata, as npm run validate demands them", () => {
  it("a published value changed in data/ without its correction is refused, and nothing is written", async () => {
    const p = scratchProject();
    const obs = join(p.data, "observations.csv");
    const text = readFileSync(obs, "utf8");
    const changed = text.replace(",2000,people,exact,", ",2100,people,exact,");
    if (changed === text) throw new Error("fixture: 1.0.0 has no 2000 people row");
    writeFileSync(obs, changed.replace("emploient 2.000 salariés", "emploient 2.100 salariés"));
    const before = snapshot(p.root);
    await expect(cut(p)).rejects.toThrow(
      /\(column value\): value of observations row '[^']+' changed from "2000" in release 1\.0\.0 to "2100" in .* with no correction/,
    );
    expect(snapshot(p.root)).toEqual(before);
  });
});
