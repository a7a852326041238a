import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pLimit from "p-limit";
import type { TestProject } from "vitest/node";
import { astroBuild } from "../../scripts/lib/build-site.ts";
import { serveStatic, type Served } from "../../scripts/lib/static-server.ts";
import { fixtureReleases } from "../e2e/helpers/fixture-release.ts";
import { DIST } from "./dist.ts";

/** The public address of the `public` build (never served). */
export const PUBLIC_URL = "https://technopark-en-chiffres.example.org/";
/** The sub-path of the production-like build, as on GitHub Pages. */
export const SUB_PATH = "/technopark-en-chiffres/";

/** Every build the suite makes, by name, and the projects that read it. */
export interface SiteBuilds {
  /** The site as `npm start` builds it (DIST): projects build and e2e. */
  dist: string;
  /** Built with SITE_URL = PUBLIC_URL, for the loopback-address check: build. */
  public: string;
  /**
   * Built as on GitHub Pages, under `base`, with SITE_URL = `origin`, and
   * served from there (at `url`) for the whole run: e2e.
   */
  subPath: { dist: string; base: string; origin: string; url: string };
  /**
   * A second build of DIST's sources with every PNG rendered and every
   * release drawn afresh (PNG_CACHE=off, RELEASE_CACHE=off), to be
   * byte-identical to DIST: e2e.
   */
  again: string;
  /**
   * Built with a fixture release above the real ones (fixture-release.ts),
   * after DIST, so that it reuses the real releases' outputs DIST kept
   * (release-cache.ts): e2e. Which it reused is in fixtureReport(dir).
   */
  fixture: string;
}
export type BuildName = keyof SiteBuilds;

declare module "vitest" {
  export interface ProvidedContext {
    builds: Partial<SiteBuilds>;
  }
}

const NEEDED_BY: Record<string, BuildName[]> = {
  build: ["dist", "public"],
  e2e: ["dist", "subPath", "again", "fixture"],
};
// Cold builds first: a build renders its PNGs, or reads the ones an earlier
// build left in the cache (png-cache.ts), which `again` may not. Two at a
// time: one Astro build keeps about one core busy, and three at once on two
// cores take longer than two.
const ORDER: BuildName[] = ["dist", "again", "fixture", "subPath", "public"];
const AT_ONCE = 2;

/** Where the fixture build says which releases it reused and which it drew (release-cache.ts). */
export const fixtureReport = (fixture: string): string => `${fixture}.release-cache.json`;

interface Run {
  builds: Map<BuildName, Promise<unknown>>;
  root: string;
  server: Served | undefined;
  /** Projects whose setup has run and whose teardown has not. */
  users: number;
}

// Global setups of every project run in the one Vitest process, each
// project importing this file anew: the run's state lives on globalThis.
const RUN = Symbol.for("technopark-en-chiffres.site-builds");
const state = globalThis as { [RUN]?: Run | undefined };

async function logged<T>(name: string, build: Promise<number>, result: T): Promise<T> {
  const ms = await build;
  console.log(`[build] ${name} in ${(ms / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Starts, on the first call of a run, every build that the run's projects
 * need (AT_ONCE at a time, in ORDER), and returns the run.
 * SKIP_SITE_BUILD=1 keeps whatever DIST already holds; SITE_BUILDS (names,
 * comma-separated) limits the builds to those.
 */
async function startRun(project: TestProject): Promise<Run> {
  const existing = state[RUN];
  if (existing) return existing;
  const names = new Set(project.vitest.projects.flatMap((p) => NEEDED_BY[p.name] ?? []));
  // SITE_BUILDS=dist,fixture makes only those builds: one gate file run
  // while working needs one build, not five (tests reading another fail,
  // naming it, through built()).
  const only = process.env.SITE_BUILDS?.split(",").map((n) => n.trim());
  if (only) for (const name of names) if (!only.includes(name)) names.delete(name);
  const root = mkdtempSync(join(tmpdir(), "site-builds-"));
  const run: Run = { builds: new Map(), root, server: undefined, users: 0 };
  state[RUN] = run;
  // The sub-path build must know the origin it is served from: its server
  // takes its port first and holds it for the run.
  const subPath = join(root, "sub-path");
  const server = names.has("subPath") ? await serveStatic(subPath, { base: SUB_PATH }) : undefined;
  run.server = server;
  const make: Record<BuildName, () => Promise<unknown>> = {
    dist: async () =>
      process.env.SKIP_SITE_BUILD === "1" ? DIST : logged(`dist (${DIST})`, astroBuild(DIST), DIST),
    public: async () => {
      const dir = join(root, "public");
      return logged(
        `public (SITE_URL ${PUBLIC_URL})`,
        astroBuild(dir, { SITE_URL: PUBLIC_URL }),
        dir,
      );
    },
    subPath: async () => {
      if (!server) throw new Error("no server for the sub-path build");
      const build = astroBuild(subPath, { BASE_PATH: SUB_PATH, SITE_URL: server.origin });
      return logged(`sub-path (under ${SUB_PATH})`, build, {
        dist: subPath,
        base: SUB_PATH,
        origin: server.origin,
        url: server.url,
      });
    },
    again: async () => {
      const dir = join(root, "again");
      const env = { PNG_CACHE: "off", RELEASE_CACHE: "off" };
      return logged("again (PNG_CACHE=off, RELEASE_CACHE=off)", astroBuild(dir, env), dir);
    },
    fixture: async () => {
      const dir = join(root, "fixture");
      const releases = fixtureReleases(join(root, "fixture-data"));
      const env = { TP_RELEASES_DIR: releases, RELEASE_CACHE_REPORT: fixtureReport(dir) };
      return logged("fixture release", astroBuild(dir, env), dir);
    },
  };
  // p-limit starts queued tasks in the order given. The fixture build queues
  // once DIST is done, so that it finds the real releases' outputs kept
  // (release-cache.ts) without holding a slot while it waits.
  const slot = pLimit(AT_ONCE);
  for (const name of ORDER.filter((n) => names.has(n))) {
    const before = name === "fixture" ? run.builds.get("dist") : undefined;
    const build = before
      ? before.catch(() => undefined).then(() => slot(make[name]))
      : slot(make[name]);
    build.catch(() => undefined); // awaited, and reported, by the setups that need it
    run.builds.set(name, build);
  }
  return run;
}

/**
 * Vitest global setup of the `build` and `e2e` projects: awaits the builds
 * the project reads and provides them (`inject("builds")`, or `built(name)`
 * from injected-builds.ts). The last project's teardown removes them, DIST
 * excepted, and stops the sub-path server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = await startRun(project);
  run.users++;
  const teardown = async () => {
    if (--run.users > 0) return;
    await Promise.allSettled(run.builds.values());
    await run.server?.close();
    rmSync(run.root, { recursive: true, force: true });
    state[RUN] = undefined;
  };
  const builds: Partial<Record<BuildName, unknown>> = {};
  try {
    for (const name of NEEDED_BY[project.name] ?? []) builds[name] = await run.builds.get(name);
  } catch (e) {
    await teardown();
    throw e;
  }
  project.provide("builds", builds as Partial<SiteBuilds>);
  return teardown;
}
