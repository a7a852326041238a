import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { dirname, join } from "node:path";

/**
 * Fills the cache folder `entry` through `fill` (given a staging folder
 * beside it), then renames it into place: an entry exists whole or not at
 * all, so a build stopped halfway leaves nothing another build would take
 * for kept output. When another build kept the same entry first, that one
 * stays (the same bytes, by the key). Then keeps the `keep` newest entries
 * beside it (by last use, see `markUsed`).
 */
export function storeEntry(entry: string, fill: (staging: string) => void, keep: number): void {
  const parent = dirname(entry);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, ".staging-"));
  try {
    fill(staging);
    renameSync(staging, entry);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (!["EEXIST", "ENOTEMPTY"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e;
  }
  keepNewest(parent, keep);
}

/** Removes all but the `keep` entries of `parent` used last (by `markUsed`, else made last). */
export function keepNewest(parent: string, keep: number): void {
  const kept = readdirSync(parent)
    .filter((name) => !name.startsWith("."))
    .map((name) => ({ path: join(parent, name), time: statSync(join(parent, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of kept.slice(keep)) rmSync(old.path, { recursive: true, force: true });
}

/** Marks a cache entry used now: the last of its folder to be evicted. */
export function markUsed(entry: string): void {
  const now = new Date();
  utimesSync(entry, now, now);
}
