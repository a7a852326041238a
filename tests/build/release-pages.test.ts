import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sitemapPaths } from "../../scripts/lib/site-pages.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { parseSums } from "../../src/lib/release/checksums.ts";
import { latestRelease, listReleases, loadRelease } from "../../src/lib/release/releases.ts";
import { archiveLinksFromEnv } from "../../src/lib/release/zenodo.ts";
import { TABLES, TABLE_NAMES } from "../../src/schemas/index.ts";
import { DIST, page } from "../helpers/dist.ts";

const BASE = (process.env.BASE_PATH || "/").replace(/\/?$/, "/");
const releases = listReleases();
const versions = releases.map((r) => r.version);
const latest = latestRelease();
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** The site origin the build was made for, from the home page's canonical URL. */
const origin = new URL(
  page("/fr/").querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "",
).origin;

/** Every address a release answers at: its folder (in French) and its page in each language. */
const releasePages = releases.flatMap((r) => [
  { url: `/data/${r.version}/`, release: r, lang: "fr", neutral: true },
  ...LANGS.map((lang) => ({
    url: `/${lang}/donnees/${r.version}/`,
    release: r,
    lang,
    neutral: false,
  })),
]);

describe("every release address answers with a page", () => {
  it("/data/, /data/<version>/ for every release and /data/latest/ have an index.html", () => {
    for (const dir of ["", ...versions, "latest"])
      expect(existsSync(join(DIST, "data", dir, "index.html")), `/data/${dir}`).toBe(true);
  });

  it.each(versions)(
    "the built folder of %s is the release's files, byte for byte, and its page; SHA256SUMS does not list the page",
    (version) => {
      const release = releases.find((r) => r.version === version);
      const dir = release?.dir ?? "";
      expect(readdirSync(dir)).not.toContain("index.html");
      expect(readdirSync(join(DIST, "data", version)).sort()).toEqual(
        [...readdirSync(dir), "index.html"].sort(),
      );
      for (const f of readdirSync(dir))
        expect(
          readFileSync(join(DIST, "data", version, f)).equals(readFileSync(join(dir, f))),
          f,
        ).toBe(true);
      expect(parseSums(readFileSync(join(dir, "SHA256SUMS"), "utf8")).has("index.html")).toBe(
        false,
      );
    },
  );
});

describe.each(releasePages)("the page $url", ({ url, release, lang, neutral }) => {
  const doc = page(url);
  const v = release.version;
  const sums = parseSums(readFileSync(join(release.dir, "SHA256SUMS"), "utf8"));

  it("is in its language and direction, and links the same page in the others", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    expect(doc.documentElement.getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute("hreflang"),
      new URL(l.getAttribute("href") ?? "").pathname,
    ]);
    for (const l of LANGS) expect(alternates).toContainEqual([l, `${BASE}${l}/donnees/${v}/`]);
    expect(doc.querySelector("h1")?.textContent).toContain(v);
  });

  it("lists every file of the release with the size on disk and the SHA-256 of SHA256SUMS, in full", () => {
    const rows = [...doc.querySelectorAll(`table.files[data-version="${v}"] tbody tr`)];
    const shown = new Map(
      rows.map((row) => [
        text(row.querySelector("a")),
        {
          href: row.querySelector("a")?.getAttribute("href"),
          bytes: Number(row.querySelector("td.size")?.getAttribute("data-bytes")),
          sha256: text(row.querySelector("code.sha256")),
        },
      ]),
    );
    for (const name of release.files) {
      const row = shown.get(name);
      expect(row, name).toBeDefined();
      expect(row?.href, name).toBe(`${BASE}data/${v}/${name}`);
      expect(row?.bytes, name).toBe(statSync(join(release.dir, name)).size);
      if (name !== "SHA256SUMS") expect(row?.sha256, name).toBe(sums.get(name));
    }
    // The zip, beside the folder's files, and nothing else.
    const zip = `technopark-en-chiffres-${v}.zip`;
    expect([...shown.keys()].sort()).toEqual([...release.files, zip].sort());
    expect(shown.get(zip)?.bytes).toBe(statSync(join(DIST, "data", zip)).size);
  });

  it("offers the zip, the figures as CSV and the data package before anything else", () => {
    const first = [...doc.querySelectorAll("main a")]
      .map((a) => a.getAttribute("href") ?? "")
      .filter((h) => h.startsWith(`${BASE}data/`) && /\.(zip|csv|json)$/.test(h))
      .slice(0, 3);
    expect(first).toEqual([
      `${BASE}data/technopark-en-chiffres-${v}.zip`,
      `${BASE}data/${v}/observations.csv`,
      `${BASE}data/${v}/datapackage.json`,
    ]);
  });

  it("cites the release at its folder's address, in text and BibTeX, with its CITATION.cff where it has one", () => {
    const address = `${origin}${BASE}data/${v}/`;
    expect(doc.querySelector(".address a")?.getAttribute("href")).toBe(address);
    expect(text(doc.querySelector("#cite-text"))).toContain(address);
    expect(text(doc.querySelector("#cite-bibtex"))).toContain(`url = {${address}}`);
    expect(text(doc.querySelector("#cite-bibtex"))).toContain(`version = {${v}}`);
    const cff = doc.querySelector(`#citer a[href="${BASE}data/${v}/CITATION.cff"]`);
    expect(cff !== null, "link to CITATION.cff").toBe(release.files.includes("CITATION.cff"));
  });

  it("gives its notes, its changes since the release before, and links to its neighbours", () => {
    expect(text(doc.querySelector("#notes .note")).length).toBeGreaterThan(20);
    const i = versions.indexOf(v);
    const prev = versions[i - 1];
    const next = versions[i + 1];
    const at = (x: string) => (neutral ? `${BASE}data/${x}/` : `${BASE}${lang}/donnees/${x}/`);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute("href") ?? null).toBe(
      prev ? at(prev) : null,
    );
    expect(doc.querySelector('a[rel="next"]')?.getAttribute("href") ?? null).toBe(
      next ? at(next) : null,
    );
    if (prev)
      expect(
        doc.getElementById(`diff-${prev.replace(/\./g, "-")}-to-${v.replace(/\./g, "-")}`),
      ).not.toBeNull();
    else expect(doc.getElementById("changements")).not.toBeNull();
  });
});

describe("/data/latest/ and /data/", () => {
  it("/data/latest/ is the latest release's page, saying so, and cites the release's own address", () => {
    const doc = page("/data/latest/");
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    expect(doc.querySelector("h1")?.textContent).toContain(latest.version);
    expect(text(doc.querySelector(".alias"))).toContain(latest.version);
    expect(doc.querySelector(".address a")?.getAttribute("href")).toBe(
      `${origin}${BASE}data/${latest.version}/`,
    );
    expect(
      doc.querySelectorAll(`table.files[data-version="${latest.version}"] tbody tr`).length,
    ).toBe(latest.files.length + 1);
  });

  it("/data/ lists every release, newest first, each linked to its folder's page and zip", () => {
    const doc = page("/data/");
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    const items = [...doc.querySelectorAll(".release-list li[data-version]")];
    expect(items.map((li) => li.getAttribute("data-version"))).toEqual([...versions].reverse());
    for (const li of items) {
      const v = li.getAttribute("data-version");
      const links = [...li.querySelectorAll("a")].map((a) => a.getAttribute("href"));
      expect(links).toEqual([`${BASE}data/${v}/`, `${BASE}data/technopark-en-chiffres-${v}.zip`]);
    }
  });
});

describe("the release's own page address", () => {
  it("is what the release tool writes into CITATION.cff and .zenodo.json for this build's address", () => {
    const env = { SITE_URL: origin, BASE_PATH: BASE };
    for (const v of versions) {
      const url = archiveLinksFromEnv(env, v).releaseUrl ?? "";
      expect(url).toBe(`${origin}${BASE}data/${v}/`);
      expect(page(`/data/${v}/`).querySelector(".address a")?.getAttribute("href")).toBe(url);
    }
  });

  it("is absent from 2.1.0's CITATION.cff, cut without SITE_URL; 2.0.0's names the licence, as published", () => {
    const cff = (v: string) => readFileSync(join(DIST, "data", v, "CITATION.cff"), "utf8");
    if (versions.includes("2.1.0")) expect(cff("2.1.0")).not.toMatch(/^url:/m);
    if (versions.includes("2.0.0"))
      expect(cff("2.0.0")).toMatch(
        /^url: "https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/"$/m,
      );
  });

  it("is given beside a CITATION.cff that, as published, names none or another", () => {
    const note = (url: string) => text(page(url).querySelector("#citer .cff-note"));
    for (const v of versions) {
      const address = `${origin}${BASE}data/${v}/`;
      for (const url of [`/data/${v}/`, ...LANGS.map((l) => `/${l}/donnees/${v}/`)])
        if (v === "2.0.0") {
          expect(note(url), url).toContain("https://creativecommons.org/licenses/by/4.0/");
          expect(note(url), url).toContain(address);
        } else if (v === "2.1.0") expect(note(url), url).toContain(address);
        else if (v.startsWith("1.")) expect(note(url), url).toBe("");
    }
  });
});

describe.each(LANGS)("the %s data dictionary", (lang) => {
  const doc = page(`/${lang}/donnees/dictionnaire/`);

  it("documents every column of every table and every metric, and the data page links it", () => {
    for (const name of TABLE_NAMES)
      for (const f of TABLES[name].fields)
        expect(
          doc.querySelector(`#dictionnaire-${name} tr[data-column="${f.name}"]`),
          `${name}.${f.name}`,
        ).not.toBeNull();
    const metrics = [...doc.querySelectorAll("#indicateurs tr[data-metric]")].map((r) =>
      r.getAttribute("data-metric"),
    );
    expect(metrics).toEqual(loadRelease(latest).metrics.map((m) => m.id));
    expect(
      page(`/${lang}/donnees/`).querySelector(
        `a[href="${BASE}${lang}/donnees/dictionnaire/#indicateurs"]`,
      ),
    ).not.toBeNull();
  });
});

describe("sitemap", () => {
  it("lists each release's page and the dictionary in every language", () => {
    const listed = new Set(sitemapPaths(DIST, BASE));
    for (const lang of LANGS) {
      expect(listed).toContain(`/${lang}/donnees/dictionnaire/`);
      for (const v of versions) expect(listed).toContain(`/${lang}/donnees/${v}/`);
    }
  });
});
