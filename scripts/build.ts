/**
 * Last step of `npm run build` (after the SITE_URL check and the data's
 * validation): `astro build` into dist/, or, when a build of the same code,
 * releases and settings was kept (scripts/lib/site-cache.ts), that build
 * copied into dist/ without starting Astro. SITE_CACHE=off always builds.
 */
import { astroBuild } from "./lib/build-site.ts";
import { buildSite, SITE_CACHE_DIR } from "./lib/site-cache.ts";

const OUT = "dist";

const { ms, reused } = await buildSite(OUT, {}, process.cwd(), (outDir, env, cwd) =>
  astroBuild(outDir, env, cwd, { show: true }),
).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
console.log(
  reused
    ? `${OUT}/: the kept build of the same code, releases and settings (${SITE_CACHE_DIR}), copied in ${(ms / 1000).toFixed(1)} s`
    : `${OUT}/: built in ${(ms / 1000).toFixed(1)} s`,
);
