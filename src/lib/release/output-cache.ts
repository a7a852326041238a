import { createHash } from "node:crypto";
import { zipName } from "./release-zip.ts";

/**
 * A published release never changes, so the pages and files the site makes
 * from it alone (its embeds, its files, its zip) come out the same on every
 * build until the code that makes them changes. They are kept between
 * builds, by a key over the release's checksums and that code, and a build
 * draws only the releases it has not kept (scripts/lib/release-cache.ts).
 * Pages that show other releases too (the release's own page names the next
 * one) are always built.
 */

/**
 * The folder, under the project, where builds keep what a later build may
 * reuse: rendered PNGs (src/render/png-cache.ts), releases' outputs and
 * validated datasets (scripts/lib/release-cache.ts), whole sites
 * (scripts/lib/site-cache.ts). The deploy workflow keeps it between
 * deploys; deleting it empties every cache.
 */
export const BUILD_CACHE = "node_modules/.cache/technopark-en-chiffres";

/** The environment variable by which the build tells the routes what it reuses. */
export const REUSED_VARIABLE = "TP_REUSED_RELEASES";

/**
 * Environment read by the pages a release's outputs are made of: the
 * public address, the sub-path, and the settings the site's pages read.
 */
export function outputEnvironment(env: NodeJS.ProcessEnv): [string, string][] {
  return Object.keys(env)
    .filter(
      (k) =>
        ["SITE_URL", "BASE_PATH", "REPOSITORY_URL", "CONTACT_EMAIL"].includes(k) ||
        k.startsWith("DATASET_DOI_"),
    )
    .sort()
    .map((k) => [k, env[k] ?? ""]);
}

/**
 * The key of a release's outputs: a SHA-256 over the code's hash, the
 * release's SHA256SUMS (which name every byte of it), its version and the
 * environment, each part length-prefixed so that no two lists of parts
 * give the same stream.
 */
export function releaseOutputKey(parts: {
  code: string;
  version: string;
  sums: string;
  env: [string, string][];
}): string {
  return keyOf([parts.code, parts.version, parts.sums, ...parts.env.flat()]);
}

/**
 * The key of a whole built site (scripts/lib/site-cache.ts): the code's
 * hash, the hash of every release the site is built from, and the
 * environment. The site is made from nothing else, so a build whose key
 * matches a kept one would write the same bytes.
 */
export function siteOutputKey(parts: {
  code: string;
  releases: string;
  env: [string, string][];
}): string {
  return keyOf([parts.code, parts.releases, ...parts.env.flat()]);
}

/** SHA-256 over `items`, each length-prefixed so that no two lists give the same stream. */
function keyOf(items: readonly string[]): string {
  const hash = createHash("sha256");
  for (const item of items) hash.update(`${Buffer.byteLength(item)}:`).update(item);
  return hash.digest("hex");
}

/**
 * What the site makes from `version` alone, relative to the output folder:
 * folders taken whole, and single files. The release's page
 * (data/<version>/index.html) is not among them.
 */
export function releaseOutputs(
  version: string,
  files: readonly string[],
): { folders: string[]; files: string[] } {
  return {
    folders: [`embed/${version}`],
    files: [...files.map((f) => `data/${version}/${f}`), `data/${zipName(version)}`],
  };
}

/** The versions this build reuses rather than draws (none outside a build). */
export function reusedReleases(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  const value = env[REUSED_VARIABLE];
  return new Set(value ? (JSON.parse(value) as string[]) : []);
}
