import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ReleaseMeta } from "./datapackage.ts";
import type { Dataset } from "../data/dataset.ts";
import { DataValidationError } from "../data/issues.ts";
import { loadDataset } from "../data/load-dataset.ts";
import { errataIssues, publishedStates } from "./check-errata.ts";
import { checkReleasesImmutable } from "./check-immutable.ts";
import { layoutOf, type Layout } from "../../schemas/index.ts";
import { parsePartialDate } from "../../schemas/partial-date.ts";
import { datasetDifferences } from "./compare-datasets.ts";
import { readJsonTables } from "./json-tables.ts";
import { removedSince } from "./removals.ts";
import { buildReleaseFiles } from "./release-files.ts";
import { withReleaseLock } from "./release-lock.ts";
import { refuseReleaseNotes } from "./release-notes.ts";
import {
  citationFor,
  hasChangelogEntry,
  refuseChangelog,
  refuseCitation,
  withChangelogEntry,
} from "./release-records.ts";
import {
  listReleases,
  loadRelease,
  eitherVersion,
  nextVersions,
  refuseVersion,
  verifyRelease,
  type ReleaseInfo,
} from "./releases.ts";
import { leftoverTemps, writeFileAtomic, writeTemp } from "./write-atomic.ts";

export interface CutOptions extends ReleaseMeta {
  dataDir: string;
  releasesDir: string;
  changelog: string;
  /** CITATION.cff whose version and date-released follow the newest release; skipped if absent. */
  citation?: string;
  /**
   * Why rows or charts of the previous release may disappear. Without it, a
   * release that removes any is refused: an emptied table would otherwise
   * take every chart page and `latest` embed down with it.
   */
  allowRemoval?: string;
  /** A date after today is meant (--confirm-date); otherwise it is refused as a typo. */
  confirmDate?: boolean;
  /** A version more than one step ahead of the latest is meant (--confirm-version). */
  confirmVersion?: boolean;
  /** Today, YYYY-MM-DD; the machine's by default (see `today`). */
  today?: string;
  /** Where the tool says what it did besides cutting: a lock taken over, leftovers removed, a rerun completing. */
  log?: (line: string) => void;
  /**
   * Stops the run (with the signal's reason) at the next stage, up to the
   * moment the release folder is renamed into place; from then on the run
   * finishes, since what remains takes milliseconds and stopping there
   * would leave CHANGELOG.md and CITATION.cff behind the published folder.
   */
  signal?: AbortSignal;
  /** Called, and awaited, as the run reaches each stage (scripts/release.ts injects faults there). */
  onStage?: (stage: ReleaseStage) => void | Promise<void>;
}

/**
 * The points a run passes, in order: the lock taken and leftovers removed;
 * data/ validated (a signal is seen there rather than only after writing);
 * the release written and read back in its staging folder; the folder
 * renamed into place; CHANGELOG.md's new text written to a temporary file;
 * CHANGELOG.md replaced; CITATION.cff replaced.
 */
export const RELEASE_STAGES = [
  "locked",
  "validated",
  "staged",
  "renamed",
  "changelog-temp",
  "changelog",
  "citation",
] as const;
export type ReleaseStage = (typeof RELEASE_STAGES)[number];

export interface CutResult {
  /** The files of the release folder. */
  files: string[];
  /**
   * "cut": the release was written now. "completed": it was already in
   * place (a killed run's), and this run wrote what that run left undone.
   * "done": everything was already done.
   */
  outcome: "cut" | "completed" | "done";
}

const refuse = (why: string): never => {
  throw new Error(`Release refused: ${why}.`);
};

/**
 * The calendar day now, YYYY-MM-DD: the later of the UTC day and the
 * machine's local one, so that a release cut just after midnight east of
 * Greenwich, dated by the default (the UTC day) or by the local day, is
 * never taken for a future one.
 */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const utc = now.toISOString().slice(0, 10);
  return local > utc ? local : utc;
}

/**
 * Validates `dataDir` with every rule, writes `releasesDir/<version>/` and
 * adds an entry to the changelog; throws ("Release refused: …") and writes
 * nothing when anything is wrong. One release at a time (a lock in
 * releasesDir). The files go to a staging folder of their own first, are
 * read back through the loader and compared field for field with the data
 * (CSV and JSON alike) and with their checksums, and only then renamed into
 * place, in one step: a release that would not load is never published.
 * CHANGELOG.md and CITATION.cff are then each replaced in one step.
 *
 * A run stopped at any point leaves a state the next run finishes: it
 * removes the staging folders and temporary files of killed runs, and, when
 * the latest release is the version asked for, matches its SHA256SUMS and
 * holds the same data as `dataDir`, it writes the changelog entry or the
 * citation that are missing (each once) instead of refusing the version.
 */
export async function cutRelease(opts: CutOptions): Promise<CutResult> {
  if (opts.note.trim() === "") refuse("--note is empty");
  if (opts.notes && Object.values(opts.notes).some((n) => n.trim() === ""))
    refuse("the release notes need a French, an English and an Arabic text");
  const notesRefusal = refuseReleaseNotes(opts);
  if (notesRefusal) refuse(notesRefusal);
  const day = parsePartialDate(opts.date).value?.start;
  if (day?.precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
    refuse(`date "${opts.date}" is not a real day written YYYY-MM-DD`);
  const now = opts.today ?? today();
  if (opts.date > now && !opts.confirmDate)
    refuse(
      `date ${opts.date} is after today (${now}); a release's date is printed in every citation and never changes. If ${opts.date} is meant, add --confirm-date`,
    );
  mkdirSync(opts.releasesDir, { recursive: true });
  return withReleaseLock(opts.releasesDir, () => cutLocked(opts), opts.log);
}

/** Awaits `onStage`, after letting pending signals in; before the rename, an abort stops the run here. */
async function reach(opts: CutOptions, stage: ReleaseStage): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await opts.onStage?.(stage);
  if (RELEASE_STAGES.indexOf(stage) < RELEASE_STAGES.indexOf("renamed"))
    opts.signal?.throwIfAborted();
}

async function cutLocked(opts: CutOptions): Promise<CutResult> {
  removeLeftovers(opts);
  checkRecords(opts);
  checkPublished(opts);
  await reach(opts, "locked");
  const published = listReleases(opts.releasesDir);
  const previous = published[published.length - 1];
  if (previous?.version === opts.version) return complete(opts, previous);
  const refusal = refuseVersion(
    opts.version,
    published.map((r) => r.version),
    { confirmed: opts.confirmVersion ?? false },
  );
  if (refusal) refuse(refusal);
  if (previous && opts.date < previous.date)
    refuse(
      `dated ${opts.date}, before the previous release ${previous.version} (${previous.date})`,
    );

  const layout = layoutOf(opts.version);
  const dataset = loadForRelease(opts, published, opts.date);
  if (previous) {
    const before = loadRelease(previous);
    if (datasetDifferences(before, dataset).length === 0)
      refuse(`nothing changed since release ${previous.version}`);
    const removed = removedSince(before, dataset);
    if (removed && !opts.allowRemoval?.trim())
      refuse(
        `it removes ${removed} of release ${previous.version}; if that is meant, say why with --allow-removal "<reason>"`,
      );
  }

  await reach(opts, "validated");
  const files = buildReleaseFiles(dataset, opts);
  const target = join(opts.releasesDir, opts.version);
  if (existsSync(target)) refuse(`${target} exists`);
  // A folder of its own for this run (never a shared "<version>.tmp"), hidden
  // from listReleases by its name.
  const staging = mkdtempSync(join(opts.releasesDir, `.${opts.version}.staging-`));
  try {
    for (const [name, bytes] of files) writeFileSync(join(staging, name), bytes);
    checkWritten(staging, dataset, layout);
    await reach(opts, "staged");
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  await reach(opts, "renamed");
  await writeRecords(opts, opts);
  return { files: [...files.keys()], outcome: "cut" };
}

/**
 * `dataDir` read with every rule of a release dated `date`: its corrections
 * checked against `published`, and every cell of a published row changed
 * since (release to release, then in `dataDir`) held to its correction, as
 * `npm run validate` does (check-errata.ts).
 */
function loadForRelease(opts: CutOptions, published: ReleaseInfo[], date: string): Dataset {
  const releases = publishedStates(published);
  const dataset = loadDataset(opts.dataDir, {
    rules: "release",
    releaseDate: date,
    layout: layoutOf(opts.version),
    published: (v) => releases.find((r) => r.version === v)?.dataset,
  });
  const errata = errataIssues(releases, { dir: opts.dataDir, dataset });
  if (errata.length) throw new DataValidationError(errata);
  return dataset;
}

/** Published folders byte for byte as the commits that added them (git), else refused. */
function checkPublished(opts: CutOptions): void {
  const { problems } = checkReleasesImmutable(opts.releasesDir);
  if (problems.length) refuse(`a published release was changed: ${problems.join("; ")}`);
}

/**
 * Staging folders and temporary files left by killed runs: never part of a
 * release, and a `git add -A` would commit them. Safe to remove while this
 * run holds the lock, since no other run can be writing them.
 */
function removeLeftovers(opts: CutOptions): void {
  const log = opts.log ?? (() => {});
  for (const name of readdirSync(opts.releasesDir))
    if (/^\..+\.staging-/.test(name)) {
      rmSync(join(opts.releasesDir, name), { recursive: true, force: true });
      log(`Removed ${join(opts.releasesDir, name)}, a staging folder left by an interrupted run.`);
    }
  for (const file of [opts.changelog, opts.citation])
    for (const temp of file ? leftoverTemps(file) : []) {
      rmSync(temp, { force: true });
      log(`Removed ${temp}, a temporary file left by an interrupted run.`);
    }
}

/** Refuses, before anything is published, a CHANGELOG.md or CITATION.cff the run could not update. */
function checkRecords(opts: CutOptions): void {
  const changelog = existsSync(opts.changelog) ? readFileSync(opts.changelog, "utf8") : undefined;
  const refusal =
    refuseChangelog(opts.changelog, changelog) ??
    (opts.citation && existsSync(opts.citation)
      ? refuseCitation(opts.citation, readFileSync(opts.citation, "utf8"))
      : undefined);
  if (refusal) refuse(refusal);
}

/**
 * Finishes a release already in place (renamed by a run killed before it
 * wrote CHANGELOG.md or CITATION.cff), after checking that it is intact and
 * holds exactly the data in `dataDir`: otherwise the version is taken, and
 * the refusal says which versions could come next.
 */
async function complete(opts: CutOptions, release: ReleaseInfo): Promise<CutResult> {
  const { version } = release;
  const taken = `release ${version} exists and is never rewritten`;
  const problems = verifyRelease(release.dir);
  if (problems.length)
    refuse(`${taken}, and it no longer matches its SHA256SUMS: ${problems.slice(0, 3).join("; ")}`);
  const published = listReleases(opts.releasesDir).filter((r) => r.version !== version);
  const differences = datasetDifferences(
    loadRelease(release),
    loadForRelease(opts, published, release.date),
  );
  if (differences.length)
    refuse(
      `${taken}, and ${opts.dataDir}/ differs from it (${differences.slice(0, 3).join("; ")}). ` +
        `To publish these data, cut ${eitherVersion(nextVersions(version))}`,
    );
  const meta: ReleaseMeta = {
    version,
    date: release.date,
    note: release.note,
    ...(release.notes ? { notes: release.notes } : {}),
  };
  const done = await writeRecords(opts, meta);
  const log = opts.log ?? (() => {});
  const checked = `${release.dir}/ matches its SHA256SUMS and holds the data of ${opts.dataDir}/`;
  if (done.length)
    log(
      `Release ${version} was already in place (${checked}); an interrupted run had left the rest undone, now done: ${done.join(" and ")}` +
        (opts.date !== meta.date || opts.note !== meta.note
          ? `, with the date (${meta.date}) and notes it was published with.`
          : "."),
    );
  else
    log(
      `Release ${version} is already complete: ${checked}, ${opts.changelog} has its entry${opts.citation && existsSync(opts.citation) ? ` and ${opts.citation} names it` : ""}. Nothing to do.`,
    );
  return { files: release.files, outcome: done.length ? "completed" : "done" };
}

/**
 * Adds the changelog entry of `meta` unless it is there, and points
 * CITATION.cff at it unless it does; each file replaced in one step.
 * Returns what it did, in words.
 */
async function writeRecords(opts: CutOptions, meta: ReleaseMeta): Promise<string[]> {
  const done: string[] = [];
  const old = existsSync(opts.changelog) ? readFileSync(opts.changelog, "utf8") : undefined;
  if (old === undefined || !hasChangelogEntry(old, meta.version)) {
    mkdirSync(dirname(opts.changelog), { recursive: true });
    const temp = writeTemp(opts.changelog, withChangelogEntry(old, meta));
    await reach(opts, "changelog-temp");
    renameSync(temp, opts.changelog);
    done.push(`added its entry to ${opts.changelog}`);
  }
  await reach(opts, "changelog");
  if (opts.citation && existsSync(opts.citation)) {
    const cff = readFileSync(opts.citation, "utf8");
    const updated = citationFor(cff, meta);
    if (updated !== cff) {
      writeFileAtomic(opts.citation, updated);
      done.push(`pointed ${opts.citation} at ${meta.version}`);
    }
  }
  await reach(opts, "citation");
  return done;
}

/** Reads the staged release back and refuses it unless it is the data, exactly. */
function checkWritten(staging: string, dataset: Dataset, layout: Layout): void {
  const sums = verifyRelease(staging);
  if (sums.length) refuse(`the written files do not match their checksums: ${sums.join("; ")}`);
  let csv;
  try {
    csv = loadDataset(staging, { rules: "release", layout });
  } catch (e) {
    refuse(`the written release does not load: ${e instanceof Error ? e.message : String(e)}`);
  }
  const differences = [
    ...datasetDifferences(dataset, csv as Dataset).map((d) => `CSV ${d}`),
    ...datasetDifferences(dataset, readJsonTables(staging, layout)).map((d) => `JSON ${d}`),
  ];
  if (differences.length)
    refuse(
      `a value does not survive being written and read back: ${differences.slice(0, 5).join("; ")}`,
    );
}
