import { cpSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

const SKIP = new Set(["node_modules", ".git", "dist", ".astro", "tests"]);

/**
 * A copy of the project (working tree as it is, tests and builds left out)
 * at `dir`, with a node_modules of links to the real packages but its own
 * caches (.astro, .vite, and .cache, where PNGs and releases' outputs are
 * kept between builds, so that the bench starts from none). Astro writes prerender chunks and caches inside the
 * project, so a long build in the shared working tree can be broken by
 * another build started meanwhile; a copy cannot.
 */
export function projectCopy(dir: string, root = process.cwd()): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root))
    if (!SKIP.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, "node_modules")))
    if (![".astro", ".cache", ".vite", ".vite-temp", ".vitest-cache"].includes(entry))
      symlinkSync(resolve(root, "node_modules", entry), join(modules, entry));
  return dir;
}
