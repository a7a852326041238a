import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Builds the site once into dist/ for the tests that read it (tests/build).
    globalSetup: ["tests/helpers/build-site.ts"],
    testTimeout: 20_000,
    // In CI, a JSON report too, from which .ci/run prints "N passed, N failed".
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-results.json" },
  },
});
