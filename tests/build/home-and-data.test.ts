import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { listReleases, latestRelease } from "../../src/lib/release/releases.ts";
import { DIST, page } from "../helpers/dist.ts";

describe("built site", () => {
  it("sends / to the French home page", () => {
    const doc = page("/");
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(
      "0; url=/fr/",
    );
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("/fr/");
  });

  it("lists the headline figures of the latest release on the French home page, with their sources", () => {
    const doc = page("/fr/");
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    const card = doc.getElementById("h24info-2016.companies_accompanied_cumulative.network.2016");
    expect(card?.querySelector(".value")?.textContent).toBe("plus de 900");
    expect(card?.querySelector("blockquote span[lang=fr]")?.textContent).toBe(
      "accompagné plus de 900 entreprises",
    );
    expect(card?.querySelector(".source a")?.getAttribute("href")).toBe(
      "http://www.h24info.ma/economie/entreprises/technopark-deja-900-entreprises-accompagnees/43795",
    );
    const turnover = doc.getElementById("h24info-2016.turnover_mad.network.2016");
    expect(turnover?.querySelector(".value")?.textContent).toBe("800 millions de dirhams");
  });

  it.each(LANGS)("builds the %s home page with hreflang alternates for every language", (lang) => {
    const doc = page(`/${lang}/`);
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) =>
      l.getAttribute("hreflang"),
    );
    expect(alternates).toEqual([...LANGS, "x-default"]);
  });

  it("loads the self-hosted Arabic font on Arabic pages only, and the font file exists", () => {
    const fontCss = (lang: string) =>
      [...page(`/${lang}/`).querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        l.getAttribute("href"),
      );
    expect(fontCss("ar")).toContain("/fonts/arabic.css");
    expect(fontCss("fr")).not.toContain("/fonts/arabic.css");
    expect(fontCss("en")).not.toContain("/fonts/arabic.css");
    const css = readFileSync(join(DIST, "fonts/arabic.css"), "utf8");
    const font = /url\("([^"]+)"\)/.exec(css)?.[1] ?? "";
    expect(
      readFileSync(join(DIST, "fonts", font))
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("wOF2");
  });

  it("marks Arabic pages right to left", () => {
    expect(page("/ar/").documentElement.getAttribute("dir")).toBe("rtl");
    expect(page("/fr/").documentElement.getAttribute("dir")).toBe("ltr");
  });

  it.each(listReleases().map((r) => [r.version, r.dir]))(
    "publishes every file of release %s byte for byte at /data/<version>/",
    (version, dir) => {
      for (const f of readdirSync(dir))
        expect(
          readFileSync(join(DIST, "data", version, f)).equals(readFileSync(join(dir, f))),
          f,
        ).toBe(true);
    },
  );

  it("publishes the newest release at /data/latest/ and lists versions in versions.json", () => {
    const latest = latestRelease();
    for (const f of readdirSync(latest.dir))
      expect(
        readFileSync(join(DIST, "data/latest", f)).equals(readFileSync(join(latest.dir, f))),
        f,
      ).toBe(true);
    const versions = JSON.parse(readFileSync(join(DIST, "data/versions.json"), "utf8"));
    expect(versions.latest).toBe(latest.version);
    expect(versions.versions.map((v: { version: string }) => v.version)).toEqual(
      listReleases()
        .map((r) => r.version)
        .reverse(),
    );
  });
});
