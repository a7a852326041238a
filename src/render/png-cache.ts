import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD_CACHE } from "../lib/release/output-cache.ts";

/**
 * Where rendered PNGs are kept between builds, by the hash of everything
 * that makes their bytes. Rendering is most of a build's time (396 PNGs,
 * 28 of 40 s), and the test suite builds the site five times from nearly
 * the same SVGs. `PNG_CACHE=off` renders every PNG afresh (the
 * reproducibility build does, so that it compares two real renders).
 */
export const PNG_CACHE_DIR = join(process.cwd(), BUILD_CACHE, "png");

export function pngCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PNG_CACHE !== "off";
}

/**
 * The cache key: a SHA-256 over the parts, each length-prefixed so that no
 * two different lists of parts give the same stream.
 */
export function pngCacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest("hex");
}

/**
 * The PNG stored under `key` in `dir`, or else the one `render` makes,
 * stored for next time. Written to a temporary name and renamed, so that two
 * builds at once never read half a file.
 */
export function cachedPng(
  key: string,
  render: () => Uint8Array<ArrayBuffer>,
  dir = PNG_CACHE_DIR,
): Uint8Array<ArrayBuffer> {
  const file = join(dir, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const png = render();
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return png;
}
