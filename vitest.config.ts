import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds the site once into dist/ (or DIST_DIR) for the tests that read it.
    globalSetup: ["tests/helpers/build-site.ts"],
    testTimeout: 20_000,
    // In CI, a JSON report too, from which .ci/run prints "N passed, N failed".
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-results.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**"],
        },
      },
      // The built site served and driven in Chromium, plus extra builds and
      // Lighthouse (tests/e2e/README.md). Run `vitest run --project e2e`.
      // After the fast tests, one file at a time: each file launches its own
      // browser or build, and two cores do not run two of those well.
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          // After the root setup built DIST: a sub-path build and a second build.
          globalSetup: ["tests/e2e/setup/extra-builds.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          maxConcurrency: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
