import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { SUMS_FILE } from "../../src/lib/release/checksums.ts";
import { DATASET_CACHE_VARIABLE } from "../../src/lib/release/dataset-cache.ts";
import {
  BUILD_CACHE,
  outputEnvironment,
  releaseOutputKey,
  releaseOutputs,
  REUSED_VARIABLE,
} from "../../src/lib/release/output-cache.ts";
import { listReleases, type ReleaseInfo } from "../../src/lib/release/releases.ts";
import { keepNewest, markUsed, storeEntry } from "./cache-folder.ts";

/**
 * Where a build keeps each published release's outputs for the next
 * (src/lib/release/output-cache.ts): <dir>/<version>/<key>/, mirroring the
 * output folder. RELEASE_CACHE=off neither reads nor writes it (the
 * reproducibility build draws everything, to compare with a build that
 * reused).
 */
export const RELEASE_CACHE_DIR = `${BUILD_CACHE}/releases`;
/**
 * Where a build keeps each release's validated dataset
 * (src/lib/release/dataset-cache.ts): <dir>/<code hash>/, the two codes
 * used last.
 */
export const DATASET_CACHE_DIR = `${BUILD_CACHE}/datasets`;
/** Kept per version: the suite builds with three addresses, a code change adds a fourth. */
const KEEP_PER_VERSION = 4;

/** What makes the outputs' bytes besides the data: the code, the packages, Node itself. */
const CODE = [
  "src",
  "astro.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "scripts/lib/release-cache.ts",
];

/** SHA-256 over every file of `paths` under `root` (folders walked in name order), with names. */
export function codeHash(root: string, paths: readonly string[] = CODE): string {
  const hash = createHash("sha256").update(process.version);
  const add = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
      return;
    }
    const bytes = readFileSync(full);
    hash.update(`${path}\0${bytes.length}:`).update(bytes);
  };
  for (const path of paths) add(path);
  return hash.digest("hex");
}

interface Plan {
  cache: string;
  /** Where this code's validated datasets are kept. */
  datasets: string;
  /** Every release, with the folder its outputs are (or will be) kept in. */
  entries: { release: ReleaseInfo; entry: string; reused: boolean }[];
}

/** Which releases' outputs `root`'s cache holds, for the releases the build reads. */
export function planReleaseCache(root: string, env: NodeJS.ProcessEnv = process.env): Plan {
  const cache = join(root, RELEASE_CACHE_DIR);
  const code = codeHash(root);
  const environment = outputEnvironment(env);
  const entries = listReleases(env.TP_RELEASES_DIR).map((release) => {
    const sums = readFileSync(join(release.dir, SUMS_FILE), "utf8");
    const key = releaseOutputKey({ code, version: release.version, sums, env: environment });
    const entry = join(cache, release.version, key);
    return { release, entry, reused: existsSync(entry) };
  });
  return { cache, datasets: join(root, DATASET_CACHE_DIR, code), entries };
}

/** Copies the outputs of one release from the built site `out` into the cache. */
function store(out: string, release: ReleaseInfo, entry: string): void {
  storeEntry(
    entry,
    (staging) => {
      const { folders, files } = releaseOutputs(release.version, release.files);
      for (const path of [...folders, ...files]) {
        if (!existsSync(join(out, path)))
          throw new Error(
            `release cache: ${path} was not built, so ${release.version} cannot be kept`,
          );
        cpSync(join(out, path), join(staging, path), { recursive: true });
      }
    },
    KEEP_PER_VERSION,
  );
}

/**
 * The Astro integration: before the pages are listed, tells the routes
 * (REUSED_VARIABLE) which releases are kept, and the loader where this
 * code's validated datasets are (DATASET_CACHE_VARIABLE); once the pages
 * are written, copies
 * those in and keeps the ones just drawn. Listed before the sitemap and the
 * search index, so that they see the whole site. RELEASE_CACHE_REPORT=<file>
 * writes which versions were reused and which built, for the tests.
 */
export function releaseCache(env: NodeJS.ProcessEnv = process.env) {
  let plan: Plan | undefined;
  return {
    name: "release-cache",
    hooks: {
      "astro:config:setup": ({ command, config }: { command: string; config: { root: URL } }) => {
        env[REUSED_VARIABLE] = "[]";
        // Removed, not set to undefined: process.env would keep "undefined".
        Reflect.deleteProperty(env, DATASET_CACHE_VARIABLE);
        if (command !== "build" || env.RELEASE_CACHE === "off") return;
        plan = planReleaseCache(fileURLToPath(config.root), env);
        const reused = plan.entries.filter((e) => e.reused).map((e) => e.release.version);
        env[REUSED_VARIABLE] = JSON.stringify(reused);
        mkdirSync(plan.datasets, { recursive: true });
        markUsed(plan.datasets);
        keepNewest(dirname(plan.datasets), 2);
        env[DATASET_CACHE_VARIABLE] = plan.datasets;
      },
      "astro:build:done": ({ dir }: { dir: URL }) => {
        if (!plan) return;
        const out = fileURLToPath(dir);
        for (const { release, entry, reused } of plan.entries) {
          if (!reused) store(out, release, entry);
          else if (!existsSync(entry))
            throw new Error(
              `release cache: ${relative(out, entry)} was removed during the build; build again`,
            );
          else {
            cpSync(entry, out, { recursive: true });
            markUsed(entry);
          }
        }
        if (env.RELEASE_CACHE_REPORT)
          writeFileSync(
            env.RELEASE_CACHE_REPORT,
            JSON.stringify({
              reused: plan.entries.filter((e) => e.reused).map((e) => e.release.version),
              built: plan.entries.filter((e) => !e.reused).map((e) => e.release.version),
            }),
          );
      },
    },
  };
}
