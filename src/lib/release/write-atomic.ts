import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** The temporary name beside `path` that writeTemp uses: `.<name>.release-tmp-<pid>`. */
const tempName = (path: string) =>
  join(dirname(path), `.${basename(path)}.release-tmp-${process.pid}`);

/**
 * Writes `text` to a temporary file beside `path` (same folder, so the
 * rename that follows is one step) and flushes it to disk; returns its
 * name. Until it is renamed, `path` keeps its old content.
 */
export function writeTemp(path: string, text: string): string {
  const temp = tempName(path);
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/**
 * Replaces `path` by `text` in one step: a reader, or a run killed at any
 * moment, finds the old file or the new one, never an empty or half-written
 * one (as a plain writeFileSync could leave CHANGELOG.md or CITATION.cff).
 */
export function writeFileAtomic(path: string, text: string): void {
  renameSync(writeTemp(path, text), path);
}

/** Temporary files of writeTemp for `path` left by runs that were killed. */
export function leftoverTemps(path: string): string[] {
  const dir = dirname(path);
  if (!existsSync(dir)) return [];
  const prefix = `.${basename(path)}.release-tmp-`;
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => join(dir, name));
}
