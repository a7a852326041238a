import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { built } from "../helpers/injected-builds.ts";
import { PUBLIC_URL as PUBLIC } from "../helpers/site-builds.ts";

const LOOPBACK = /(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]|0\.0\.0\.0)/;
// Every text file a host serves; zips hold release files, which name no site address.
const TEXT = new Set([
  ".html",
  ".xml",
  ".json",
  ".jsonld",
  ".atom",
  ".js",
  ".css",
  ".svg",
  ".txt",
  ".csv",
  ".md",
  ".cff",
  "",
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe("the public address", () => {
  it("npm run build without SITE_URL stops at once, naming it", () => {
    const env = { ...process.env };
    delete env.SITE_URL;
    const run = spawnSync("npm", ["run", "--silent", "build"], { env, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toContain(
      "SITE_URL is not set: the build needs the site's public address for citations, embed codes and the sitemap, e.g. SITE_URL=https://example.org/ npm run build (npm start builds for its own local address).",
    );
  });

  // Built by the project's setup (site-builds.ts), beside the others.
  it("a build with SITE_URL names no loopback address in any file", () => {
    const out = built("public");
    const texts = files(out).filter((f) => TEXT.has(extname(f)));
    expect(texts.length).toBeGreaterThan(100);
    const leaks = texts
      .filter((f) => LOOPBACK.test(readFileSync(f, "utf8")))
      .map((f) => relative(out, f));
    expect(leaks).toEqual([]);
    // …and names the public one where absolute URLs are needed.
    const home = readFileSync(join(out, "fr/index.html"), "utf8");
    expect(home).toContain(`<link rel="canonical" href="${PUBLIC}fr/">`);
    expect(home).toContain(`<link rel="alternate" hreflang="ar" href="${PUBLIC}ar/">`);
    expect(readFileSync(join(out, "sitemap-index.xml"), "utf8")).toContain(
      `<loc>${PUBLIC}sitemap-0.xml</loc>`,
    );
    expect(readFileSync(join(out, "sitemap-0.xml"), "utf8")).toContain(`<loc>${PUBLIC}fr/</loc>`);
  });
});
