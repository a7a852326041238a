import { execFileSync } from "node:child_process";

/** Vitest global setup: one real `astro build` for the tests that read dist/. */
export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === "1") return;
  const outDir = process.env.DIST_DIR ? ["--outDir", process.env.DIST_DIR] : [];
  execFileSync(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "build", "--silent", ...outDir],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
