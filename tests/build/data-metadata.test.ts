import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { sha256 } from "../../src/lib/release/checksums.ts";
import { latestRelease, listReleases } from "../../src/lib/release/releases.ts";
import { builtFiles, DIST } from "../helpers/dist.ts";

const BASE = (process.env.BASE_PATH || "/").replace(/\/?$/, "/");
const read = (p: string) => readFileSync(join(DIST, p));
/** A site path with the base ("/data/x") as the dist-relative file. */
const local = (path: string) => {
  if (!path.startsWith(BASE)) throw new Error(`outside the site: ${path}`);
  return path.slice(BASE.length);
};

/** Every built reading page: index.html under a language folder (dist paths, no base). */
const pages = builtFiles()
  .filter((f) => f.endsWith("/index.html"))
  .filter((f) => LANGS.some((l) => f.startsWith(`/${l}/`)));

describe("/data/index.json", () => {
  const index = JSON.parse(read("data/index.json").toString("utf8"));

  it("lists every release newest first, the latest named", () => {
    expect(index.latest).toBe(latestRelease().version);
    expect(index.releases.map((r: { version: string }) => r.version)).toEqual(
      listReleases()
        .map((r) => r.version)
        .reverse(),
    );
    expect(index.licence.id).toBe("CC-BY-4.0");
  });

  it("gives each file's size and SHA-256 as published, at its path and absolute URL", () => {
    for (const r of index.releases) {
      const published = listReleases().find((x) => x.version === r.version);
      expect(r.files).toHaveLength((published?.files.length ?? NaN) + 1);
      for (const f of r.files as { path: string; url: string; bytes: number; sha256: string }[]) {
        const bytes = read(local(f.path));
        expect(bytes.length, f.path).toBe(f.bytes);
        expect(sha256(bytes), f.path).toBe(f.sha256);
        expect(new URL(f.url).pathname).toBe(f.path);
      }
    }
  });
});

describe("the sitemap and robots.txt", () => {
  const index = read("sitemap-index.xml").toString("utf8");
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  const xml = parts.map((p) => read(local(new URL(p).pathname)).toString("utf8")).join("\n");
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);

  it("lists every page of every language, as absolute URLs", () => {
    expect(pages.length).toBeGreaterThanOrEqual(LANGS.length * 2);
    const listed = locs.map((l) => `/${local(new URL(l).pathname)}index.html`).sort();
    expect(listed).toEqual([...pages].sort());
    for (const l of locs) expect(l).toMatch(/^https?:\/\//);
  });

  it("gives each page its translations as hreflang alternates", () => {
    const data = /<url>\s*<loc>[^<]*\/fr\/donnees\/<\/loc>([\s\S]*?)<\/url>/.exec(xml)?.[1] ?? "";
    for (const l of LANGS) expect(data).toContain(`hreflang="${l}" href="`);
  });

  it("is named by robots.txt with its absolute URL", () => {
    const robots = read("robots.txt").toString("utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? "";
    expect(new URL(sitemap).pathname).toBe(`${BASE}sitemap-index.xml`);
  });
});

describe("Open Graph", () => {
  it.each(pages)("%s has Open Graph title, description, type, locale and site name", (p) => {
    const { document } = parseHTML(read(p).toString("utf8"));
    for (const prop of ["og:title", "og:description", "og:type", "og:locale", "og:site_name"])
      expect(
        document.querySelector(`meta[property="${prop}"]`)?.getAttribute("content"),
        `${p} ${prop}`,
      ).toBeTruthy();
  });
});
