import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  codeHash,
  DATASET_CACHE_DIR,
  planReleaseCache,
  releaseCache,
} from "../../../../scripts/lib/release-cache.ts";

// A project root with src/ and two releases copied from data/releases.
let root: string;
const releases = () => join(root, "releases");
const env = () => ({ TP_RELEASES_DIR: releases(), SITE_URL: "http://127.0.0.1:4321" });

/** A built site holding what the site makes from each release (here: a few bytes each). */
function fakeBuild(out: string, versions: string[], mark = "drawn"): void {
  for (const v of versions) {
    mkdirSync(join(out, "embed", v, "fr", "emplois"), { recursive: true });
    writeFileSync(join(out, "embed", v, "fr", "emplois", "index.html"), `${mark} ${v}`);
    mkdirSync(join(out, "data", v), { recursive: true });
    writeFileSync(join(out, "data", v, "index.html"), `page of ${v}`);
    for (const f of readdirSync(join(releases(), v)))
      writeFileSync(join(out, "data", v, f), `${f} of ${v}`);
    writeFileSync(join(out, "data", `technopark-en-chiffres-${v}.zip`), `zip of ${v}`);
  }
}

/** Runs the integration's two hooks around `build`, as Astro would. */
function build(out: string, environment: NodeJS.ProcessEnv, draw: (reused: string[]) => void) {
  const integration = releaseCache(environment);
  integration.hooks["astro:config:setup"]({
    command: "build",
    config: { root: pathToFileURL(`${root}/`) },
  });
  draw(JSON.parse(environment.TP_REUSED_RELEASES ?? "[]") as string[]);
  integration.hooks["astro:build:done"]({ dir: pathToFileURL(`${out}/`) });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "release-cache-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src", "page.ts"), "export const a = 1;\n");
  for (const v of ["1.0.0", "1.1.0"])
    cpSync(join("data/releases", v), join(releases(), v), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("codeHash", () => {
  it("changes when a byte of the code or a file name changes", () => {
    const before = codeHash(root);
    expect(codeHash(root)).toBe(before);
    writeFileSync(join(root, "src", "page.ts"), "export const a = 2;\n");
    const edited = codeHash(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, "src", "other.ts"), "");
    expect(codeHash(root)).not.toBe(edited);
  });
});

describe("the release cache", () => {
  it("keeps what a build drew and gives it back, byte for byte, to the next", () => {
    const first = join(root, "out-1");
    const environment = env();
    build(first, environment, (reused) => {
      expect(reused).toEqual([]);
      fakeBuild(first, ["1.0.0", "1.1.0"]);
    });
    const second = join(root, "out-2");
    const again = env() as NodeJS.ProcessEnv;
    again.RELEASE_CACHE_REPORT = join(root, "report.json");
    build(second, again, (reused) => {
      expect(reused).toEqual(["1.0.0", "1.1.0"]);
      mkdirSync(second);
    });
    expect(readFileSync(join(second, "embed/1.1.0/fr/emplois/index.html"), "utf8")).toBe(
      "drawn 1.1.0",
    );
    expect(readFileSync(join(second, "data/1.0.0/SHA256SUMS"), "utf8")).toBe("SHA256SUMS of 1.0.0");
    expect(readFileSync(join(second, "data/technopark-en-chiffres-1.0.0.zip"), "utf8")).toBe(
      "zip of 1.0.0",
    );
    // The release's page shows its neighbours: never kept, always drawn.
    expect(() => readFileSync(join(second, "data/1.0.0/index.html"))).toThrow(/ENOENT/);
    expect(JSON.parse(readFileSync(join(root, "report.json"), "utf8"))).toEqual({
      reused: ["1.0.0", "1.1.0"],
      built: [],
    });
  });

  it("draws again a release whose files, code or address changed", () => {
    build(join(root, "out-1"), env(), () => fakeBuild(join(root, "out-1"), ["1.0.0", "1.1.0"]));
    const reusedWith = (environment: NodeJS.ProcessEnv) =>
      planReleaseCache(root, environment)
        .entries.filter((e) => e.reused)
        .map((e) => e.release.version);
    expect(reusedWith(env())).toEqual(["1.0.0", "1.1.0"]);
    expect(reusedWith({ ...env(), SITE_URL: "https://example.org/" })).toEqual([]);
    const sums = join(releases(), "1.1.0", "SHA256SUMS");
    writeFileSync(sums, `${readFileSync(sums, "utf8")}\n`);
    expect(reusedWith(env())).toEqual(["1.0.0"]);
    writeFileSync(join(root, "src", "page.ts"), "export const a = 2;\n");
    expect(reusedWith(env())).toEqual([]);
  });

  it("is neither read nor written with RELEASE_CACHE=off", () => {
    build(join(root, "out-1"), env(), () => fakeBuild(join(root, "out-1"), ["1.0.0", "1.1.0"]));
    const off = { ...env(), RELEASE_CACHE: "off" } as NodeJS.ProcessEnv;
    build(join(root, "out-2"), off, (reused) => {
      expect(reused).toEqual([]);
      fakeBuild(join(root, "out-2"), ["1.0.0", "1.1.0"], "drawn again");
    });
    const next = env() as NodeJS.ProcessEnv;
    build(join(root, "out-3"), next, () => mkdirSync(join(root, "out-3")));
    expect(readFileSync(join(root, "out-3/embed/1.0.0/fr/emplois/index.html"), "utf8")).toBe(
      "drawn 1.0.0",
    );
  });

  it("tells the loader where this code's validated datasets are kept, the last two codes' only", async () => {
    const folders = () => readdirSync(join(root, DATASET_CACHE_DIR)).sort();
    const setup = (environment: NodeJS.ProcessEnv) =>
      releaseCache(environment).hooks["astro:config:setup"]({
        command: "build",
        config: { root: pathToFileURL(`${root}/`) },
      });
    const seen: string[] = [];
    for (const a of [1, 2, 3]) {
      writeFileSync(join(root, "src", "page.ts"), `export const a = ${a};\n`);
      const environment = env() as NodeJS.ProcessEnv;
      setup(environment);
      expect(environment.TP_DATASET_CACHE).toBe(join(root, DATASET_CACHE_DIR, codeHash(root)));
      seen.push(codeHash(root));
      // Entries are ordered by the time they were last used, to the millisecond.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(folders()).toEqual(seen.slice(1).sort());
    // RELEASE_CACHE=off loads every release afresh, whatever the caller set.
    const off = { ...env(), RELEASE_CACHE: "off", TP_DATASET_CACHE: "/elsewhere" };
    setup(off);
    expect(off.TP_DATASET_CACHE).toBeUndefined();
  });

  it("stops the build, naming the path, when a release's output was not written", () => {
    const out = join(root, "out-1");
    expect(() =>
      build(out, env(), () => {
        fakeBuild(out, ["1.0.0", "1.1.0"]);
        rmSync(join(out, "data/technopark-en-chiffres-1.1.0.zip"));
      }),
    ).toThrow(
      "release cache: data/technopark-en-chiffres-1.1.0.zip was not built, so 1.1.0 cannot be kept",
    );
  });
});
