import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ReleaseMeta } from "./datapackage.ts";
import { loadDataset } from "../data/load-dataset.ts";
import { buildReleaseFiles } from "./release-files.ts";
import { listReleases, refuseVersion } from "./releases.ts";

export interface CutOptions extends ReleaseMeta {
  dataDir: string;
  releasesDir: string;
  changelog: string;
  /** CITATION.cff whose version and date-released follow the newest release; skipped if absent. */
  citation?: string;
}

/**
 * Validates `dataDir`, writes `releasesDir/<version>/` and adds an entry to
 * the changelog. Refuses (throws) an existing version or one not above the
 * latest. Files are written to a temporary folder first and renamed into
 * place, so a failure leaves no half-written release.
 */
export function cutRelease(opts: CutOptions): string[] {
  const published = listReleases(opts.releasesDir).map((r) => r.version);
  const refusal = refuseVersion(opts.version, published);
  if (refusal) throw new Error(`Release refused: ${refusal}.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
    throw new Error(`Release refused: date "${opts.date}" is not YYYY-MM-DD.`);
  if (opts.note.trim() === "") throw new Error("Release refused: --note is empty.");
  const dataset = loadDataset(opts.dataDir);
  const files = buildReleaseFiles(dataset, opts);
  const target = join(opts.releasesDir, opts.version);
  if (existsSync(target)) throw new Error(`Release refused: ${target} exists.`);
  const staging = `${target}.tmp`;
  mkdirSync(staging, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(staging, name), bytes);
  renameSync(staging, target);
  appendChangelog(opts.changelog, opts);
  if (opts.citation) updateCitation(opts.citation, opts);
  return [...files.keys()];
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
  writeFileSync(
    path,
    `${title}\n## ${meta.version} — ${meta.date}\n\n${meta.note.trim()}\n${body}`,
  );
}
