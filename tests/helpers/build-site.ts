import { astroBuild } from "../../scripts/lib/build-site.ts";
import { DIST } from "./dist.ts";

// Global setups of every project run in the one Vitest process, each
// project importing the file anew: a mark on globalThis, not a module
// variable, is what the second project sees.
const BUILT = Symbol.for("technopark-en-chiffres.dist-built");
const marks = globalThis as { [BUILT]?: string };

/**
 * Vitest global setup of the `build` and `e2e` projects: one real
 * `astro build` into DIST (dist/, or DIST_DIR) per run, however many
 * projects list it. SKIP_SITE_BUILD=1 keeps whatever DIST already holds.
 */
export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === "1" || marks[BUILT] === DIST) return;
  const ms = astroBuild(DIST);
  marks[BUILT] = DIST;
  console.log(`[build] ${DIST} built in ${(ms / 1000).toFixed(1)} s`);
}
