import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild } from "../../../scripts/lib/build-site.ts";
import { freePort } from "../../../scripts/lib/static-server.ts";

/** The builds the e2e tests need besides DIST, made once per run. */
export interface ExtraBuilds {
  /** Built as on GitHub Pages: under BASE_PATH, with SITE_URL = the origin it is served from. */
  subPath: { dist: string; base: string; port: number; siteUrl: string };
  /** A second build of the same sources, as DIST was built: must be byte-identical to it. */
  again: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    extraBuilds: ExtraBuilds;
  }
}

export const SUB_PATH = "/technopark-en-chiffres/";

/**
 * Global setup of the e2e project (after the root one built DIST): the
 * production-like build and the second build, one after the other (two
 * Astro builds at once fight over two cores), removed after the run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "e2e-builds-"));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const subPath = join(root, "sub-path");
  astroBuild(subPath, { BASE_PATH: SUB_PATH, SITE_URL: siteUrl });
  const again = join(root, "again");
  astroBuild(again);
  project.provide("extraBuilds", {
    subPath: { dist: subPath, base: SUB_PATH, port, siteUrl },
    again,
  });
  return () => rmSync(root, { recursive: true, force: true });
}
