import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ReleaseMeta } from "./datapackage.ts";
import { loadDataset } from "../data/load-dataset.ts";
import { layoutOf, type Layout } from "../../schemas/index.ts";
import { parsePartialDate } from "../../schemas/partial-date.ts";
import { datasetDifferences } from "./compare-datasets.ts";
import { readJsonTables } from "./json-tables.ts";
import { removedSince } from "./removals.ts";
import { buildReleaseFiles } from "./release-files.ts";
import { withReleaseLock } from "./release-lock.ts";
import { listReleases, loadRelease, refuseVersion, verifyRelease } from "./releases.ts";

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
}

const refuse = (why: string): never => {
  throw new Error(`Release refused: ${why}.`);
};

/**
 * Validates `dataDir` with every rule, writes `releasesDir/<version>/` and
 * adds an entry to the changelog; throws ("Release refused: …") and writes
 * nothing when anything is wrong. One release at a time (a lock in
 * releasesDir). The files go to a staging folder of their own first, are
 * read back through the loader and compared field for field with the data
 * (CSV and JSON alike) and with their checksums, and only then renamed into
 * place, in one step: a release that would not load is never published.
 */
export function cutRelease(opts: CutOptions): string[] {
  if (opts.note.trim() === "") refuse("--note is empty");
  if (opts.notes && Object.values(opts.notes).some((n) => n.trim() === ""))
    refuse("the release notes need a French, an English and an Arabic text");
  const day = parsePartialDate(opts.date).value?.start;
  if (day?.precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
    refuse(`date "${opts.date}" is not a real day written YYYY-MM-DD`);
  mkdirSync(opts.releasesDir, { recursive: true });
  return withReleaseLock(opts.releasesDir, () => cutLocked(opts));
}

function cutLocked(opts: CutOptions): string[] {
  const published = listReleases(opts.releasesDir);
  const refusal = refuseVersion(
    opts.version,
    published.map((r) => r.version),
  );
  if (refusal) refuse(refusal);
  const previous = published[published.length - 1];
  if (previous && opts.date < previous.date)
    refuse(
      `dated ${opts.date}, before the previous release ${previous.version} (${previous.date})`,
    );

  const layout = layoutOf(opts.version);
  const datasets = new Map(published.map((r) => [r.version, () => loadRelease(r)] as const));
  const dataset = loadDataset(opts.dataDir, {
    rules: "release",
    releaseDate: opts.date,
    layout,
    published: (v) => datasets.get(v)?.(),
  });
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

  const files = buildReleaseFiles(dataset, opts);
  const target = join(opts.releasesDir, opts.version);
  if (existsSync(target)) refuse(`${target} exists`);
  // A folder of its own for this run (never a shared "<version>.tmp"), hidden
  // from listReleases by its name.
  const staging = mkdtempSync(join(opts.releasesDir, `.${opts.version}.staging-`));
  try {
    for (const [name, bytes] of files) writeFileSync(join(staging, name), bytes);
    checkWritten(staging, dataset, layout);
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  appendChangelog(opts.changelog, opts);
  if (opts.citation) updateCitation(opts.citation, opts);
  return [...files.keys()];
}

/** Reads the staged release back and refuses it unless it is the data, exactly. */
function checkWritten(
  staging: string,
  dataset: Parameters<typeof datasetDifferences>[0],
  layout: Layout,
): void {
  const sums = verifyRelease(staging);
  if (sums.length) refuse(`the written files do not match their checksums: ${sums.join("; ")}`);
  let csv;
  try {
    csv = loadDataset(staging, { rules: "release", layout });
  } catch (e) {
    refuse(`the written release does not load: ${e instanceof Error ? e.message : String(e)}`);
  }
  const differences = [
    ...datasetDifferences(dataset, csv as Parameters<typeof datasetDifferences>[1]).map(
      (d) => `CSV ${d}`,
    ),
    ...datasetDifferences(dataset, readJsonTables(staging, layout)).map((d) => `JSON ${d}`),
  ];
  if (differences.length)
    refuse(
      `a value does not survive being written and read back: ${differences.slice(0, 5).join("; ")}`,
    );
}

/** Points CITATION.cff at the release just cut, so "how to cite" never lags. */
function updateCitation(path: string, meta: ReleaseMeta): void {
  if (!existsSync(path)) return;
  const cff = readFileSync(path, "utf8")
    .replace(/^version: .*$/m, `version: ${meta.version}`)
    .replace(/^date-released: .*$/m, `date-released: "${meta.date}"`);
  writeFileSync(path, cff);
}

function appendChangelog(path: string, meta: ReleaseMeta): void {
  const title =
    "# Changelog of the datasets\n\nEach release is published under `/data/<version>/` and never changes.\n";
  const old = existsSync(path) ? readFileSync(path, "utf8") : title;
  const body = old.startsWith(title) ? old.slice(title.length) : `\n${old}`;
  mkdirSync(dirname(path), { recursive: true });
  // Notes in three languages go in as they are written, each under its own heading.
  const notes = meta.notes
    ? `### English\n\n${meta.notes.en.trim()}\n\n### Français\n\n${meta.notes.fr.trim()}\n\n### العربية\n\n${meta.notes.ar.trim()}`
    : meta.note.trim();
  writeFileSync(path, `${title}\n## ${meta.version} — ${meta.date}\n\n${notes}\n${body}`);
}
