import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSite, SITE_CACHE_DIR } from "../../../../scripts/lib/site-cache.ts";

// A project with code in src/ and one release copied from data/releases;
// its "build" writes a page naming the code and how many builds ran, so
// that a kept build is told from a new one by its bytes.
let root: string;
let builds: number;
const releases = () => join(root, "releases");
const out = () => join(root, "out");
const env = (extra: Record<string, string> = {}) => ({
  TP_RELEASES_DIR: releases(),
  SITE_URL: "http://127.0.0.1:4321",
  ...extra,
});

async function fakeBuild(outDir: string): Promise<void> {
  builds++;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, "fr"), { recursive: true });
  const code = readFileSync(join(root, "src", "page.ts"), "utf8");
  writeFileSync(join(outDir, "fr", "index.html"), `build ${builds} of ${code}`);
  writeFileSync(join(outDir, "robots.txt"), "User-agent: *\n");
  await Promise.resolve();
}

const build = (extra: Record<string, string> = {}) =>
  buildSite(out(), env(extra), root, (outDir) => fakeBuild(outDir));
const page = () => readFileSync(join(out(), "fr", "index.html"), "utf8");
const kept = () => readdirSync(join(root, SITE_CACHE_DIR)).filter((n) => !n.startsWith("."));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "site-cache-"));
  builds = 0;
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src", "page.ts"), "export const a = 1;\n");
  cpSync(join("data/releases", "1.0.0"), join(releases(), "1.0.0"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildSite", () => {
  it("copies the kept build, byte for byte, when nothing it is made of changed", async () => {
    expect(await build()).toMatchObject({ reused: false });
    expect(page()).toBe("build 1 of export const a = 1;\n");
    // What the last build left in the folder goes: the copy is the build alone.
    writeFileSync(join(out(), "stale.html"), "left over");
    expect(await build()).toMatchObject({ reused: true });
    expect(builds).toBe(1);
    expect(page()).toBe("build 1 of export const a = 1;\n");
    expect(readdirSync(out()).sort()).toEqual(["fr", "robots.txt"]);
  });

  it("builds again when the code, a release's bytes or the address changed", async () => {
    await build();
    writeFileSync(join(root, "src", "page.ts"), "export const a = 2;\n");
    expect(await build()).toMatchObject({ reused: false });
    expect(page()).toBe("build 2 of export const a = 2;\n");

    const sums = join(releases(), "1.0.0", "SHA256SUMS");
    writeFileSync(sums, `${readFileSync(sums, "utf8")}\n`);
    expect(await build()).toMatchObject({ reused: false });
    expect(builds).toBe(3);

    expect(await build({ SITE_URL: "https://example.org/" })).toMatchObject({ reused: false });
    expect(await build({ DATASET_DOI_1_0_0: "10.5281/zenodo.1" })).toMatchObject({
      reused: false,
    });
    expect(builds).toBe(5);
  });

  it("takes no account of what the pages do not read: tests, other variables", async () => {
    await build();
    mkdirSync(join(root, "tests"));
    writeFileSync(join(root, "tests", "a.test.ts"), "");
    expect(await build({ PNG_CACHE: "off" })).toMatchObject({ reused: true });
    expect(builds).toBe(1);
  });

  it("is neither read nor written with SITE_CACHE=off", async () => {
    await build({ SITE_CACHE: "off" });
    expect(existsSync(join(root, SITE_CACHE_DIR))).toBe(false);
    await build();
    expect(await build({ SITE_CACHE: "off" })).toMatchObject({ reused: false });
    expect(builds).toBe(3);
    expect(page()).toBe("build 3 of export const a = 1;\n");
  });

  it("keeps nothing of a build that failed, or whose code changed while it ran", async () => {
    await expect(
      buildSite(out(), env(), root, () => Promise.reject(new Error("astro build failed"))),
    ).rejects.toThrow("astro build failed");
    expect(existsSync(join(root, SITE_CACHE_DIR))).toBe(false);

    await buildSite(out(), env(), root, async (outDir) => {
      await fakeBuild(outDir);
      writeFileSync(join(root, "src", "page.ts"), "export const a = 3;\n");
    });
    expect(existsSync(join(root, SITE_CACHE_DIR))).toBe(false);
    expect(await build()).toMatchObject({ reused: false });
  });

  it("keeps the four builds used last", async () => {
    const addresses = [1, 2, 3, 4, 5].map((n) => `http://127.0.0.${n}:4321`);
    for (const url of addresses) {
      await build({ SITE_URL: url });
      // Entries are ordered by the time they were last used, to the millisecond.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(kept()).toHaveLength(4);
    // The oldest was dropped; the four others are reused.
    expect(await build({ SITE_URL: addresses[0] as string })).toMatchObject({ reused: false });
    expect(await build({ SITE_URL: addresses[4] as string })).toMatchObject({ reused: true });
    expect(builds).toBe(6);
  });
});
