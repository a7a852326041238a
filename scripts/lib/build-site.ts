import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { LOCAL_SITE_URL } from "../../src/lib/web/site-url.ts";

/**
 * Builds the site with `astro build` into `outDir` (emptied first), from the
 * project at `cwd`, with extra environment (BASE_PATH, SITE_URL; the local
 * address `npm start` serves on when SITE_URL is not given). Returns
 * the wall time in milliseconds. Throws with Astro's error output on failure.
 */
export function astroBuild(
  outDir: string,
  env: Record<string, string> = {},
  cwd = process.cwd(),
): number {
  rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  try {
    execFileSync(
      process.execPath,
      [join(cwd, "node_modules/astro/bin/astro.mjs"), "build", "--silent", "--outDir", outDir],
      {
        cwd,
        env: { SITE_URL: LOCAL_SITE_URL, ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 64e6,
      },
    );
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(
      `astro build into ${outDir} failed:\n${err.stderr?.toString() ?? ""}${err.stdout?.toString() ?? ""}`,
      { cause: e },
    );
  }
  return performance.now() - start;
}
