import { closeSync, linkSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = ".release.lock";

/**
 * Runs `fn` holding the releases folder's lock: a file created exclusively,
 * so two releases cut at once cannot both write, and the second is refused
 * with a plain message instead of crashing half-way. The lock is removed
 * when `fn` settles, however it settles (a SIGINT or SIGTERM turned into an
 * abort by scripts/release.ts included).
 *
 * A lock whose process is no longer running on this machine (a run killed
 * with SIGKILL, or a machine that went down) is taken over, with a line
 * through `log` saying so: without that, one kill -9 blocked every release
 * until someone found and deleted the file by hand.
 */
export async function withReleaseLock<T>(
  releasesDir: string,
  fn: () => T | Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const path = join(releasesDir, LOCK_FILE);
  takeLock(path, log);
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}

/** The lock's text: who holds it. */
const holderLine = () => `process ${process.pid} since ${new Date().toISOString()}\n`;

function takeLock(path: string, log: (line: string) => void): void {
  if (tryLock(path)) return;
  const holder = readHolder(path);
  const pid = /^process (\d+) /.exec(holder)?.[1];
  if (pid !== undefined && !isRunning(Number(pid))) {
    // Read again just before removing it: another run may have taken it over
    // in between, and its live lock must stay.
    if (readHolder(path) === holder) rmSync(path, { force: true });
    if (tryLock(path)) {
      log(
        `Took over the lock ${path}: process ${pid}, which held it (${holder}), is no longer running; its run was interrupted.`,
      );
      return;
    }
  }
  const now = readHolder(path) || holder;
  throw new Error(
    `Release refused: another release is being cut (${path} exists${now ? `: ${now}` : ""}). ` +
      "Wait for it to finish; if none is running, delete that file.",
  );
}

/**
 * Creates the lock with its holder line already in it, or returns false if
 * it exists. Written to a file of its own and then hard-linked into place
 * (link fails if the name exists): a kill can never leave an empty lock
 * that names no process.
 */
function tryLock(path: string): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, holderLine());
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    rmSync(temp, { force: true });
  }
}

function readHolder(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    // Released meanwhile: the message stands without the holder.
    return "";
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
