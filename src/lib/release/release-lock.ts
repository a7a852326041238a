import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = ".release.lock";

/**
 * Runs `fn` holding the releases folder's lock: a file created exclusively
 * (O_EXCL), so two releases cut at once cannot both write, and the second
 * is refused with a plain message instead of crashing half-way. The lock is
 * removed when `fn` returns or throws.
 */
export function withReleaseLock<T>(releasesDir: string, fn: () => T): T {
  const path = join(releasesDir, LOCK_FILE);
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    let holder = "";
    try {
      holder = readFileSync(path, "utf8").trim();
    } catch {
      // Released meanwhile: the message stands without the holder.
    }
    throw new Error(
      `Release refused: another release is being cut (${path} exists${holder ? `: ${holder}` : ""}). ` +
        "Wait for it to finish; if none is running, delete that file.",
      { cause: e },
    );
  }
  try {
    writeSync(fd, `process ${process.pid} since ${new Date().toISOString()}\n`);
    closeSync(fd);
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}
