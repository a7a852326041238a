import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild } from "../../../scripts/lib/build-site.ts";
import { serveStatic } from "../../../scripts/lib/static-server.ts";

/** The builds the e2e tests need besides DIST, made once per run. */
export interface ExtraBuilds {
  /**
   * Built as on GitHub Pages: under `base`, with SITE_URL = `origin`, the
   * origin it is served from for the whole run (at `url`).
   */
  subPath: { dist: string; base: string; origin: string; url: string };
  /**
   * A second build of the same sources, as DIST was built but with every
   * PNG rendered afresh (PNG_CACHE=off): must be byte-identical to it.
   */
  again: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    extraBuilds: ExtraBuilds;
  }
}

export const SUB_PATH = "/technopark-en-chiffres/";

/**
 * Global setup of the e2e project (after tests/helpers/build-site.ts built
 * DIST): the production-like build and the second build, one after the
 * other (two Astro builds at once fight over two cores), removed after the
 * run. The sub-path build is served from this process, by a server that
 * holds its port from before the build (which must know its origin) to the
 * end of the run: no other program can take that port in between.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), "e2e-builds-"));
  const subPath = join(root, "sub-path");
  const server = await serveStatic(subPath, { base: SUB_PATH });
  const again = join(root, "again");
  try {
    const ms = astroBuild(subPath, { BASE_PATH: SUB_PATH, SITE_URL: server.origin });
    console.log(`[build] ${subPath} (under ${SUB_PATH}) built in ${(ms / 1000).toFixed(1)} s`);
    const msAgain = astroBuild(again, { PNG_CACHE: "off" });
    console.log(`[build] ${again} built in ${(msAgain / 1000).toFixed(1)} s`);
  } catch (e) {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
  project.provide("extraBuilds", {
    subPath: { dist: subPath, base: SUB_PATH, origin: server.origin, url: server.url },
    again,
  });
  return async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  };
}
