import { defineConfig } from "vitest/config";

// Three projects (tests/e2e/README.md):
//   unit   pure code and chart snapshots; no build, seconds
//   build  reads one `astro build` of the site (DIST), made by its global setup
//   e2e    that same build in Chromium, plus the extra builds and Lighthouse
// `vitest run` runs them all; `--project unit` builds nothing. The build
// setup, listed by build and e2e, starts every build the run needs at once,
// two at a time, and gives each project the ones it reads.
const SITE_BUILDS = "tests/helpers/site-builds.ts";

export default defineConfig({
  test: {
    // In CI, a JSON report too, from which .ci/run prints "N passed, N failed".
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-results.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts"],
          // One module graph for all files (Plot, d3, linkedom, zod and the
          // loaded releases imported once, not per file): 80 s → 10 s on a
          // busy two-core machine. So a test restores any global it changes.
          isolate: false,
          // Sized for a busy two-core machine: a PNG render once took 24 s there.
          testTimeout: 60_000,
          // PNGs rendered by resvg every time, never read from the build's cache.
          env: { PNG_CACHE: "off" },
        },
      },
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          globalSetup: [SITE_BUILDS],
          isolate: false,
          testTimeout: 60_000,
        },
      },
      // After unit and build (groupOrder), one file at a time: each file
      // drives its own Chromium, and two cores do not run two of those well.
      // Timeouts are sized for a busy two-core machine; the tests wait on
      // conditions, so a generous limit costs nothing when all is well.
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: [SITE_BUILDS],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Pages checked at once by the it.concurrent gates (tabs of one browser).
          maxConcurrency: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
