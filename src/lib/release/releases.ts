import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { parseSums, sha256, SUMS_FILE } from "./checksums.ts";
import { datasetDifferences } from "./compare-datasets.ts";
import { keepDataset, keptDataset } from "./dataset-cache.ts";
import { readJsonTables } from "./json-tables.ts";
import type { ReleaseNotes } from "./release-notes.ts";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../data/load-dataset.ts";
import { layoutOf } from "../../schemas/index.ts";

export const RELEASES_DIR = "data/releases";

/**
 * A published release folder that is not as it was published (a file
 * changed, missing or added, CSV and JSON that disagree, an empty folder):
 * one plain line per problem, naming the file. Scripts print the message
 * alone, without a stack trace: the fault is in the files, not the code.
 */
export class ReleaseError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "ReleaseError";
    this.problems = problems;
  }
}

export interface ReleaseInfo {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  /** The release note in English. */
  note: string;
  /** The notes in fr/en/ar, for releases that have them (2.0.0 on). */
  notes?: ReleaseNotes;
  dir: string;
  /** File names in the release, sorted. */
  files: string[];
}

/** Published releases under `root`, oldest first (semver order). */
export function listReleases(root = RELEASES_DIR): ReleaseInfo[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && semver.valid(d.name) === d.name)
    .map((d) => readRelease(join(root, d.name)))
    .sort((a, b) => semver.compare(a.version, b.version));
}

function readRelease(dir: string): ReleaseInfo {
  const files = readdirSync(dir).sort();
  const restore = `restore the folder (git checkout -- ${dir}/) or, if no release was meant, remove it`;
  if (files.length === 0)
    throw new ReleaseError([
      `${dir}/ is empty: a release folder holds the files npm run release wrote; ${restore}`,
    ]);
  if (!files.includes("datapackage.json"))
    throw new ReleaseError([
      `${dir}/datapackage.json is missing: every release folder has one, written by npm run release; ${restore}`,
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
  } catch (e) {
    throw new ReleaseError([
      `${dir}/datapackage.json is not valid JSON (${(e as Error).message}); ${restore}`,
    ]);
  }
  const pkg = parsed as {
    version: string;
    created: string;
    releaseNote: string;
    releaseNotes?: ReleaseNotes;
  };
  return {
    version: pkg.version,
    date: pkg.created.slice(0, 10),
    note: pkg.releaseNote,
    ...(pkg.releaseNotes ? { notes: pkg.releaseNotes } : {}),
    dir,
    files,
  };
}

export function latestRelease(root = RELEASES_DIR): ReleaseInfo {
  const all = listReleases(root);
  const last = all[all.length - 1];
  if (!last) throw new Error(`No dataset release in ${root}: cut one with npm run release`);
  return last;
}

/**
 * The validated dataset of a release (its CSV files, through the one
 * loader, read by the layout of its version and lifted into the current
 * model), with the rules of a published release: an immutable release is
 * not held to editorial rules made after it (rule-set.ts). The files are
 * first checked against the release's SHA256SUMS, so a build never serves
 * an altered figure: it stops, naming each file that differs. Its JSON
 * tables are then compared with its CSV tables, so a CSV edited with its
 * checksums recomputed is not served beside the JSON it contradicts.
 * Throws ReleaseError, one line per file. With `cacheDir`, a release whose
 * files match its SHA256SUMS is read back as validated by an earlier load
 * with the same code (dataset-cache.ts), and one validated now is kept.
 */
export function loadRelease(release: ReleaseInfo, cacheDir?: string): Dataset {
  const problems = verifyRelease(release.dir);
  if (problems.length)
    throw new ReleaseError(
      problems.map(
        (p) =>
          `${p}; release ${release.version} is not as published, and a published release never changes`,
      ),
    );
  const kept = cacheDir === undefined ? undefined : keptDataset(cacheDir, release);
  if (kept) return kept;
  const layout = layoutOf(release.version);
  const dataset = loadDataset(release.dir, { rules: "published", layout });
  const disagree = new Map<string, string>();
  for (const d of datasetDifferences(dataset, readJsonTables(release.dir, layout))) {
    const table = d.split(/[ :]/)[0] as string;
    if (!disagree.has(table)) disagree.set(table, d);
  }
  if (disagree.size)
    throw new ReleaseError(
      [...disagree].map(
        ([table, d]) =>
          `${release.dir}/${table}.json disagrees with ${table}.csv (${d.replace("expected", "the CSV has")}): release ${release.version} is not as published, and a published release never changes`,
      ),
    );
  if (cacheDir !== undefined) keepDataset(cacheDir, release, dataset);
  return dataset;
}

/**
 * Compares a release's files with its SHA256SUMS. Returns one message per
 * difference: a changed, missing or unlisted file. Empty means intact.
 */
export function verifyRelease(dir: string): string[] {
  if (!existsSync(join(dir, SUMS_FILE))) return [`${dir}/${SUMS_FILE}: missing`];
  const sums = parseSums(readFileSync(join(dir, SUMS_FILE), "utf8"));
  const problems: string[] = [];
  const present = readdirSync(dir).filter((f) => f !== SUMS_FILE);
  for (const [name, expected] of sums) {
    if (!present.includes(name))
      problems.push(`${dir}/${name}: listed in ${SUMS_FILE} but missing`);
    else if (sha256(readFileSync(join(dir, name))) !== expected)
      problems.push(`${dir}/${name}: SHA-256 differs from ${SUMS_FILE}`);
  }
  for (const name of present)
    if (!sums.has(name)) problems.push(`${dir}/${name}: not listed in ${SUMS_FILE}`);
  return problems;
}

/** The versions that may follow `latest`: its next patch, minor and major. */
export function nextVersions(latest: string): string[] {
  return (["patch", "minor", "major"] as const).map((step) => semver.inc(latest, step) as string);
}

/** Versions as a choice in words: "2.0.1, 2.1.0 or 3.0.0". */
export const eitherVersion = (versions: readonly string[]): string =>
  `${versions.slice(0, -1).join(", ")} or ${versions.at(-1)}`;

/**
 * Why `version` cannot be released next, or undefined if it can: it must be
 * plain semver (x.y.z), new, and above every published version. It must
 * also be one step ahead of the latest (2.0.0 → 2.0.1, 2.1.0 or 3.0.0)
 * unless `confirmed`: a typo such as 21.0.0 for 2.1.0 would be published
 * for ever, and every 2.x after it refused as not above the latest.
 */
export function refuseVersion(
  version: string,
  published: readonly string[],
  { confirmed = false }: { confirmed?: boolean } = {},
): string | undefined {
  if (semver.valid(version) !== version || semver.prerelease(version))
    return `"${version}" is not a version of the form MAJOR.MINOR.PATCH`;
  if (published.includes(version)) return `release ${version} exists and is never rewritten`;
  const newest = published.reduce<string | undefined>(
    (max, v) => (max === undefined || semver.gt(v, max) ? v : max),
    undefined,
  );
  if (newest && !semver.gt(version, newest))
    return `${version} is not above the latest release ${newest}`;
  const next = newest ? nextVersions(newest) : [];
  if (newest && !confirmed && !next.includes(version))
    return `${version} skips versions: the release after ${newest} is ${eitherVersion(next)}; if ${version} is meant, add --confirm-version`;
  return undefined;
}
