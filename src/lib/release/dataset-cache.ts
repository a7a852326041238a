import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { sha256, SUMS_FILE } from "./checksums.ts";
import type { ReleaseInfo } from "./releases.ts";
import type { Dataset } from "../data/dataset.ts";

/**
 * Validating a release is most of loading it (2.3 s for the largest of 10×
 * the data, against 6 ms to read it back validated; 50 releases took 30 s
 * a build). A release never changes, so its validated dataset is kept
 * between builds, in the folder this variable names: the build sets it
 * (scripts/lib/release-cache.ts) to a folder of the code's hash, so code
 * that loads or checks differently never reads what other code kept.
 * Unset, nothing is kept (scripts, tests, RELEASE_CACHE=off).
 */
export const DATASET_CACHE_VARIABLE = "TP_DATASET_CACHE";

/** The kept dataset's file: by version and the hash of the release's SHA256SUMS. */
function entryOf(dir: string, release: ReleaseInfo): string {
  const sums = readFileSync(join(release.dir, SUMS_FILE));
  return join(dir, `${release.version}-${sha256(sums)}.v8`);
}

/** The dataset kept for `release` in `dir`, if any; a file that cannot be read counts as none. */
export function keptDataset(dir: string, release: ReleaseInfo): Dataset | undefined {
  try {
    return deserialize(readFileSync(entryOf(dir, release))) as Dataset;
  } catch {
    return undefined;
  }
}

/** Keeps `dataset`, validated, for `release` in `dir`: written whole, then renamed. */
export function keepDataset(dir: string, release: ReleaseInfo, dataset: Dataset): void {
  mkdirSync(dir, { recursive: true });
  const file = entryOf(dir, release);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, serialize(dataset));
  renameSync(temporary, file);
}
