import { inject } from "vitest";
import type { BuildName, SiteBuilds } from "./site-builds.ts";

/** A build the project's global setup made (site-builds.ts), for a test to read. */
export function built<K extends BuildName>(name: K): SiteBuilds[K] {
  const build = inject("builds")[name];
  if (build === undefined)
    throw new Error(
      `no ${name} build: this project's setup (tests/helpers/site-builds.ts) makes none (or SITE_BUILDS left it out)`,
    );
  return build as SiteBuilds[K];
}
