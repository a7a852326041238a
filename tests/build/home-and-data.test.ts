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
    // Release 2.0.0: the newest network figure of each metric.
    const doc = page("/fr/");
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    const card = doc.getElementById(
      "huffpost-benmakhlouf-2018.companies_accompanied_cumulative.network.2018",
    );
    expect(card?.querySelector(".value")?.textContent).toBe("plus de 1\u202f000");
    expect(card?.querySelector(".key-meta")?.textContent).toBe("2018 · HuffPost Maghreb");
    const turnover = doc.getElementById("souss-gitex-2024.turnover_mad.network.2024");
    expect(turnover?.querySelector(".value")?.textContent).toBe("plus de 1 milliard de dirhams");
    // The quote and the full source are on the figure's page, which the value links to.
    expect(turnover?.querySelector(".value a")?.getAttribute("href")).toBe(
      "/fr/chiffres/souss-gitex-2024.turnover_mad.network.2024/",
    );
    // Sources that disagree on one figure: one card, the other reading and the mark.
    const hosted = doc.getElementById("allafrica-gitex-2024.companies_hosted.network.2024");
    expect(hosted?.querySelector(".key-others")?.textContent).toContain("450 selon Digital Africa");
    // The mark leads to that figure's own list of the other sources.
    expect(hosted?.querySelector(".key-diverge")?.getAttribute("href")).toBe(
      "/fr/chiffres/allafrica-gitex-2024.companies_hosted.network.2024/#autres-sources",
    );
    expect(
      doc.getElementById("digitalafrica-benmakhlouf-2024.companies_hosted.network.2024"),
    ).toBeNull();
  });

  it.each(LANGS)("builds the %s home page with hreflang alternates for every language", (lang) => {
    const doc = page(`/${lang}/`);
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) =>
      l.getAttribute("hreflang"),
    );
    expect(alternates).toEqual([...LANGS, "x-default"]);
  });

  it("sets the self-hosted Arabic font inline on Arabic pages and embeds only, and the font file exists", () => {
    const fontRules = (path: string) =>
      [...page(path).querySelectorAll("style")]
        .map((s) => s.textContent ?? "")
        .filter((css) => css.includes("@font-face"));
    const embed = `/embed/${latestRelease().version}`;
    for (const path of ["/fr/", "/en/", `${embed}/fr/emplois/`])
      expect(fontRules(path), path).toEqual([]);
    for (const path of ["/ar/", "/ar/graphiques/emplois/", `${embed}/ar/emplois/`]) {
      const [css, ...more] = fontRules(path);
      expect(more, path).toEqual([]);
      // No stylesheet to fetch before the first paint.
      expect(page(path).querySelector('link[href*="fonts/"]'), path).toBeNull();
      expect(css, path).toContain('src:url("/fonts/noto-sans-arabic-400.woff2") format("woff2")');
      expect(css, path).toContain(
        ':root:lang(ar){--font:system-ui,-apple-system,"Segoe UI","Noto Sans Arabic","Noto Sans Arabic Web"',
      );
    }
    expect(
      readFileSync(join(DIST, "fonts", "noto-sans-arabic-400.woff2"))
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
