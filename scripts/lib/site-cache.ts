import { cpSync, existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  BUILD_CACHE,
  outputEnvironment,
  siteOutputKey,
} from "../../src/lib/release/output-cache.ts";
import { RELEASES_DIR } from "../../src/lib/release/releases.ts";
import { LOCAL_SITE_URL } from "../../src/lib/web/site-url.ts";
import { astroBuild } from "./build-site.ts";
import { markUsed, storeEntry } from "./cache-folder.ts";
import { codeHash } from "./release-cache.ts";

/**
 * Where `buildSite` keeps whole built sites, one folder per key
 * (siteOutputKey). SITE_CACHE=off neither reads nor writes it.
 */
export const SITE_CACHE_DIR = `${BUILD_CACHE}/site`;
/** Sites kept: a deploy's address and a local one, and a code change's of each. */
const KEEP = 4;

/**
 * What the site's bytes are made of besides the releases: every file the
 * build reads from the project (the pages and their code, the static
 * files, Astro's settings and integrations, the packages), and Node. Tests
 * and documents are not among them.
 */
const SITE_CODE = [
  "src",
  "public",
  "scripts/lib",
  "astro.config.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

/**
 * The key of the site `cwd` builds with `env`: its code, every byte of the
 * releases it reads (TP_RELEASES_DIR, else data/releases; the working copy
 * in data/ is never shown) and the settings its pages read.
 */
export function siteKey(cwd: string, env: NodeJS.ProcessEnv): string {
  const releases = resolve(cwd, env.TP_RELEASES_DIR || RELEASES_DIR);
  return siteOutputKey({
    code: codeHash(cwd, SITE_CODE),
    releases: codeHash(releases, ["."]),
    env: outputEnvironment(env),
  });
}

export type Build = (outDir: string, env: Record<string, string>, cwd: string) => Promise<unknown>;

/**
 * Builds the site into `outDir` as `build` does (astroBuild: `astro build`
 * with `env` over the process's), unless a build of the same key was kept:
 * then copies that one, byte for byte what the build would write, without
 * starting Astro. A build is kept only when its key is the same after it
 * as before (nothing was edited meanwhile).
 */
export async function buildSite(
  outDir: string,
  env: Record<string, string> = {},
  cwd = process.cwd(),
  build: Build = astroBuild,
): Promise<{ ms: number; reused: boolean }> {
  const start = performance.now();
  const full: NodeJS.ProcessEnv = { SITE_URL: LOCAL_SITE_URL, ...process.env, ...env };
  const elapsed = () => performance.now() - start;
  if (full.SITE_CACHE === "off") {
    await build(outDir, env, cwd);
    return { ms: elapsed(), reused: false };
  }
  const key = siteKey(cwd, full);
  const entry = join(cwd, SITE_CACHE_DIR, key);
  if (existsSync(entry)) {
    rmSync(outDir, { recursive: true, force: true });
    cpSync(entry, outDir, { recursive: true });
    markUsed(entry);
    return { ms: elapsed(), reused: true };
  }
  await build(outDir, env, cwd);
  if (siteKey(cwd, full) === key)
    storeEntry(entry, (staging) => cpSync(outDir, staging, { recursive: true }), KEEP);
  return { ms: elapsed(), reused: false };
}
