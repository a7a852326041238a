import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { LANGS, t } from "../../src/i18n/index.ts";
import { parseSums, sha256 } from "../../src/lib/release/checksums.ts";
import { versionSlug } from "../../src/lib/release/data-catalog.ts";
import { diffDatasets } from "../../src/lib/release/diff.ts";
import { listReleases, latestRelease, loadRelease } from "../../src/lib/release/releases.ts";
import { zipRelease } from "../../src/lib/release/release-zip.ts";
import { tCount } from "../../src/lib/format/plural.ts";
import { TABLE_NAMES } from "../../src/schemas/index.ts";
import { DIST, page } from "../helpers/dist.ts";

const BASE = (process.env.BASE_PATH || "/").replace(/\/?$/, "/");

/** The built file a site link points to. */
function linked(href: string | null): Buffer {
  if (!href?.startsWith(BASE)) throw new Error(`link outside the site: ${href}`);
  return readFileSync(join(DIST, href.slice(BASE.length)));
}

const releases = listReleases();
const byVersion = (v: string) => {
  const r = releases.find((x) => x.version === v);
  if (!r) throw new Error(`no release ${v}`);
  return r;
};

describe.each(LANGS)("the %s data page", (lang) => {
  const doc = page(`/${lang}/donnees/`);

  it("is in its language, and lists every release newest first, each linked to its page", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    expect(doc.documentElement.getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
    expect(doc.querySelector("h1")?.textContent).toBe(t(lang, "data.title"));
    const items = [...doc.querySelectorAll("#versions li[data-version]")];
    expect(items.map((a) => a.id)).toEqual(
      [...releases].reverse().map((r) => `version-${versionSlug(r.version)}`),
    );
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual(
      [...releases].reverse().map((r) => `${BASE}${lang}/donnees/${r.version}/`),
    );
  });

  it("offers the latest release's zip, figures as CSV and data package first, with their sizes", () => {
    const latest = latestRelease();
    const downloads = [...doc.querySelectorAll("main .downloads li")];
    expect(downloads.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([
      `${BASE}data/technopark-en-chiffres-${latest.version}.zip`,
      `${BASE}data/${latest.version}/observations.csv`,
      `${BASE}data/${latest.version}/datapackage.json`,
    ]);
    for (const li of downloads) {
      const bytes = linked(li.querySelector("a")?.getAttribute("href") ?? null);
      expect(li.querySelector("bdi")?.textContent).toBe(tCount(lang, "data.bytes", bytes.length));
    }
    // No other link to a data file comes before them.
    const first = [...doc.querySelectorAll("main a")].find((a) =>
      a.getAttribute("href")?.startsWith(`${BASE}data/`),
    );
    expect(first?.getAttribute("href")).toBe(
      `${BASE}data/technopark-en-chiffres-${latest.version}.zip`,
    );
  });

  it("shows the 1.0.0 → 1.1.0 diff on the page of 1.1.0: every added observation and event by id", () => {
    const diff = diffDatasets(loadRelease(byVersion("1.0.0")), loadRelease(byVersion("1.1.0")));
    const section = page(`/${lang}/donnees/1.1.0/`).getElementById("diff-1-0-0-to-1-1-0");
    expect(section).not.toBeNull();
    for (const name of TABLE_NAMES) {
      const ids = (kind: string) =>
        [...(section?.querySelectorAll(`details[data-table="${name}"] ul.${kind} > li`) ?? [])].map(
          (li) => li.getAttribute("data-id"),
        );
      expect(ids("added"), name).toEqual(diff[name].added);
      expect(ids("changed"), name).toEqual(diff[name].changed.map((c) => c.id));
      expect(ids("removed"), name).toEqual(diff[name].removed);
    }
    expect(diff.observations.added).toHaveLength(32);
  });

  it("lists every erratum of the latest release once and, on each release's page, the corrections it brings", () => {
    // Counted on the published corrections.csv: 36 rows in 2.0.0, 225 in 2.1.0.
    // (.length, not toHaveLength: printing linkedom's list on a failure overflows the stack.)
    const latest = loadRelease(latestRelease()).corrections;
    expect(doc.querySelectorAll("#errata li[data-correction]").length).toBe(latest.length);
    const a1 = doc.getElementById("erratum-a1-1");
    expect(a1?.querySelector("code:nth-of-type(2)")?.textContent).toBe(
      "lavieeco-rabat-tanger.companies_hosted.rabat.2016",
    );
    expect(a1?.textContent).toContain("1.1.0");
    expect(a1?.textContent).toContain("more_than");
    expect(a1?.querySelector("a")?.getAttribute("href")).toMatch(/^https:\/\/www\.lavieeco\.com\//);
    // Listed once here; each release's page lists the corrections it brings.
    expect(doc.querySelectorAll('ul[data-errata="release"]').length).toBe(0);
    const brought = (v: string) =>
      page(`/${lang}/donnees/${v}/`).querySelectorAll(
        'ul[data-errata="release"] li[data-correction]',
      ).length;
    expect(brought("2.0.0")).toBe(36);
    expect(releases.reduce((n, r) => n + brought(r.version), 0)).toBe(latest.length);
  });

  it("flags the consistency checks of the latest release", () => {
    // From 2.1.0 the 230 of 2016 covers Casablanca and Rabat only (correction m4-1):
    // 250 + more than 80 exceed it, and Tanger's 20 is no part of it.
    const flags = [...doc.querySelectorAll("#coherence li[data-rule]")];
    const hosted = releases.some((r) => r.version === "2.1.0")
      ? "lavieeco-15ans.companies_hosted.casablanca.2016 lavieeco-rabat-tanger.companies_hosted.rabat.2016 marocainspartout-green-2016.companies_hosted.network.2016"
      : "lavieeco-15ans.companies_hosted.casablanca.2016 lavieeco-rabat-tanger.companies_hosted.rabat.2016 lavieeco-rabat-tanger.companies_hosted.tanger.2016 marocainspartout-green-2016.companies_hosted.network.2016";
    expect(flags.map((f) => [f.getAttribute("data-rule"), f.getAttribute("data-ids")])).toEqual([
      [
        "parts-exceed-network",
        "marocainspartout-green-2016.companies_accompanied_cumulative.casablanca.2016 marocainspartout-green-2016.companies_accompanied_cumulative.rabat.2016 h24info-2016.companies_accompanied_cumulative.tanger.2016 lavieeco-15ans.companies_accompanied_cumulative.network.2016",
      ],
      ["parts-exceed-network", hosted],
    ]);
  });

  it("shows the disagreement on companies accompanied by 2016, with each source", () => {
    const group = doc.getElementById("ecart-companies_accompanied_cumulative-network-2016");
    expect(
      [...(group?.querySelectorAll("li[data-id]") ?? [])].map((li) => li.getAttribute("data-id")),
    ).toEqual([
      "h24info-2016.companies_accompanied_cumulative.network.2016",
      "aujourdhui-15ans.companies_accompanied_cumulative.network.2016",
      "lavieeco-15ans.companies_accompanied_cumulative.network.2016",
      "leseco-15ans-2016.companies_accompanied_cumulative.network.2016",
    ]);
    if (lang === "fr") {
      expect(group?.textContent).toContain("plus de 900");
      expect(group?.textContent).toContain("environ 800");
    }
  });

  it("carries a schema.org Dataset whose downloads are the published bytes", () => {
    const script = doc.querySelector('head script[type="application/ld+json"]');
    const ld = JSON.parse(script?.textContent ?? "{}");
    expect(ld).toMatchObject({
      "@type": "Dataset",
      version: latestRelease().version,
      license: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(ld.distribution.length).toBe(latestRelease().files.length + 1);
    for (const d of ld.distribution as { contentUrl: string; sha256: string }[])
      expect(sha256(linked(new URL(d.contentUrl).pathname)), d.contentUrl).toBe(d.sha256);
  });
});

describe("release zips", () => {
  it.each(releases.map((r) => [r.version, r]))(
    "the zip of %s holds the release's files as SHA256SUMS lists them, and rebuilds byte for byte",
    (version, release) => {
      const zip = readFileSync(join(DIST, "data", `technopark-en-chiffres-${version}.zip`));
      const entries = unzipSync(zip);
      const folder = `technopark-en-chiffres-${version}/`;
      const sums = parseSums(
        Buffer.from(entries[`${folder}SHA256SUMS`] as Uint8Array).toString("utf8"),
      );
      expect(sums.size).toBe(release.files.length - 1);
      for (const [name, digest] of sums)
        expect(sha256(entries[folder + name] as Uint8Array), name).toBe(digest);
      const files = new Map(release.files.map((f) => [f, readFileSync(join(release.dir, f))]));
      expect(Buffer.from(zipRelease(version, release.date, files)).equals(zip)).toBe(true);
    },
  );
});
