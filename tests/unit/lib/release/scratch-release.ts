import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { sha256 } from "../../../../src/lib/release/checksums.ts";
import { LAYOUT_V1, type TableName } from "../../../../src/schemas/index.ts";

// Scratch folders for the release tool's tests: never data/ itself.

/**
 * The tables of the published 1.0.0 (immutable, and valid under every rule
 * of a new release): the base of the scratch releases. They are in the 1.x
 * layout, so the releases cut from them are 1.x versions.
 */
export const BASE = "data/releases/1.0.0";

/** The base tables copied into a temp folder, with edits applied. */
export function variant(edits: Partial<Record<TableName, (csv: string) => string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "tp-data-"));
  for (const name of LAYOUT_V1.tables) {
    const text = readFileSync(join(BASE, `${name}.csv`), "utf8");
    const edit = edits[name];
    writeFileSync(join(dir, `${name}.csv`), edit ? edit(text) : text);
  }
  return dir;
}

/** One changed note: data that differ from 1.0.0, so a 1.1.0 can be cut from them. */
export const CHANGED_NOTE = (s: string): string =>
  s.replace("The three parks together.", "The three parks together in 2016.");

export const CITATION_BEFORE =
  'cff-version: 1.2.0\ntitle: T\nversion: 1.0.0\ndate-released: "2026-11-24"\nlicense: CC-BY-4.0\n';
export const CHANGELOG_BEFORE =
  "# Changelog of the datasets\n\nEach release is published under `/data/<version>/` and never changes.\n\n## 1.0.0 — 2026-11-24\n\nFirst.\n";

/**
 * A project in a temp folder, as the release tool sees one: `data/` holding
 * the 1.0.0 tables with CHANGED_NOTE, `data/releases/1.0.0/` (copied),
 * CHANGELOG.md with 1.0.0's entry and CITATION.cff on 1.0.0. Returns the
 * paths and the arguments that point the tool at them.
 */
export function scratchProject(): {
  root: string;
  data: string;
  releases: string;
  changelog: string;
  citation: string;
  args: string[];
} {
  const root = mkdtempSync(join(tmpdir(), "tp-project-"));
  const data = join(root, "data");
  cpSync(variant({ observations: CHANGED_NOTE }), data, { recursive: true });
  const releases = join(data, "releases");
  cpSync(BASE, join(releases, "1.0.0"), { recursive: true });
  const changelog = join(root, "CHANGELOG.md");
  const citation = join(root, "CITATION.cff");
  writeFileSync(changelog, CHANGELOG_BEFORE);
  writeFileSync(citation, CITATION_BEFORE);
  const args = [
    "--data",
    data,
    "--releases",
    releases,
    "--changelog",
    changelog,
    "--citation",
    citation,
  ];
  return { root, data, releases, changelog, citation, args };
}

/**
 * Every file under `root`, hidden ones included, as relative path → SHA-256
 * (folders end in "/"): two folders in the same state give equal maps.
 */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        out[`${relative(root, path)}/`] = "";
        walk(path);
      } else out[relative(root, path)] = sha256(readFileSync(path));
    }
  };
  walk(root);
  return out;
}
