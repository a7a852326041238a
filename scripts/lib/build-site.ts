import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { LOCAL_SITE_URL } from "../../src/lib/web/site-url.ts";

/** Where builds for another folder are made first (gitignored). */
export const BUILDS_DIR = ".builds";

/**
 * Builds the site with `astro build` into `outDir` (emptied first), from the
 * project at `cwd`, with extra environment (BASE_PATH, SITE_URL; the local
 * address `npm start` serves on when SITE_URL is not given). Returns
 * the wall time in milliseconds. Rejects with Astro's error output on failure.
 * With `show`, Astro's output is written as it comes (`npm run build`);
 * otherwise it is silent.
 *
 * Astro writes its prerender chunks inside the output folder when that is
 * under the project, but into the project's one `.astro/.prerender/` when
 * it is not, where two builds at once delete each other's chunks ("Cannot
 * find module …/.astro/.prerender/chunks/…"). So a build for a folder
 * elsewhere is made in a folder of its own under `.builds/`, then moved.
 */
export async function astroBuild(
  outDir: string,
  env: Record<string, string> = {},
  cwd = process.cwd(),
  { show = false }: { show?: boolean } = {},
): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  const rel = relative(cwd, resolve(cwd, outDir));
  const outside = rel.startsWith("..") || isAbsolute(rel);
  let buildDir = outDir;
  if (outside) {
    mkdirSync(join(cwd, BUILDS_DIR), { recursive: true });
    buildDir = mkdtempSync(join(cwd, BUILDS_DIR, `${basename(outDir)}-`));
  }
  const start = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      const astro = execFile(
        process.execPath,
        [
          join(cwd, "node_modules/astro/bin/astro.mjs"),
          "build",
          ...(show ? [] : ["--silent"]),
          "--outDir",
          buildDir,
        ],
        { cwd, env: { SITE_URL: LOCAL_SITE_URL, ...process.env, ...env }, maxBuffer: 64e6 },
        (error, stdout, stderr) =>
          error ? reject(Object.assign(error, { stdout, stderr, shown: show })) : resolve(),
      );
      if (show) {
        astro.stdout?.pipe(process.stdout);
        astro.stderr?.pipe(process.stderr);
      }
    });
    if (buildDir !== outDir) moveDir(buildDir, outDir);
  } catch (e) {
    if (buildDir !== outDir) rmSync(buildDir, { recursive: true, force: true });
    const err = e as { stderr?: string; stdout?: string; shown?: boolean };
    const output = err.shown ? " (its output above)" : `:\n${err.stderr ?? ""}${err.stdout ?? ""}`;
    throw new Error(`astro build into ${outDir} failed${output}`, {
      cause: e,
    });
  }
  return performance.now() - start;
}

/** Renames `from` to `to`, copying when they are on different file systems. */
function moveDir(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
