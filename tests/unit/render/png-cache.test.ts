import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedPng, pngCacheEnabled, pngCacheKey } from "../../../src/render/png-cache.ts";

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "png-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bytes = (...values: number[]) => new Uint8Array(values);

describe("pngCacheKey(parts)", () => {
  // Expected values from `printf '1:a2:bc' | sha256sum` and the like.
  it("is the SHA-256 of the parts, each prefixed with its length", () => {
    expect(pngCacheKey(["a", "bc"])).toBe(
      "5310a58788781ab25d5ad7c3f85035824b4eb7bdfa394e0ac2186271472b5492",
    );
    expect(pngCacheKey([bytes(0xff, 0x00, 0x01), "svg"])).toBe(
      "9a8acf93afe18123a509d1faf8af3227cdc6f8fe91c6568c3e83a927d60b9876",
    );
  });

  it("differs when the same text is split otherwise", () => {
    expect(pngCacheKey(["ab", "c"])).toBe(
      "430fb1b4ac43316eca81fab27a1930ab8eff8fef6a1dc7903dce44bbc2790dc5",
    );
  });
});

describe("cachedPng(key, render, dir)", () => {
  it("renders once, then reads what it stored", () => {
    const dir = cacheDir();
    let renders = 0;
    const render = () => {
      renders++;
      return bytes(137, 80, 78, 71);
    };
    expect(cachedPng("k1", render, dir)).toEqual(bytes(137, 80, 78, 71));
    expect(cachedPng("k1", render, dir)).toEqual(bytes(137, 80, 78, 71));
    expect(renders).toBe(1);
    expect(readdirSync(dir)).toEqual(["k1.png"]);
  });

  it("returns the stored file's bytes, not a new render", () => {
    const dir = cacheDir();
    writeFileSync(join(dir, "k2.png"), bytes(1, 2, 3));
    expect(cachedPng("k2", () => bytes(9), dir)).toEqual(bytes(1, 2, 3));
  });

  it("stores under each key its own render, and leaves no temporary file", () => {
    const dir = cacheDir();
    cachedPng("a", () => bytes(1), dir);
    cachedPng("b", () => bytes(2), dir);
    expect(readdirSync(dir).sort()).toEqual(["a.png", "b.png"]);
    expect([...readFileSync(join(dir, "b.png"))]).toEqual([2]);
  });
});

describe("pngCacheEnabled(env)", () => {
  it("is on unless PNG_CACHE=off", () => {
    expect(pngCacheEnabled({})).toBe(true);
    expect(pngCacheEnabled({ PNG_CACHE: "on" })).toBe(true);
    expect(pngCacheEnabled({ PNG_CACHE: "off" })).toBe(false);
  });
});
