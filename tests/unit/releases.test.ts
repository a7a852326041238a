import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseSums, sha256 } from "../../src/lib/release/checksums.ts";
import { cutRelease } from "../../src/lib/release/cut-release.ts";
import { listReleases, loadRelease, refuseVersion, verifyRelease } from "../../src/lib/release/releases.ts";

const require = createRequire(import.meta.url);

function scratch(): { root: string; releases: string; changelog: string } {
  const root = mkdtempSync(join(tmpdir(), "tp-release-"));
  return { root, releases: join(root, "releases"), changelog: join(root, "CHANGELOG.md") };
}

const cut = (dir: ReturnType<typeof scratch>, version: string, dataDir = "data") =>
  cutRelease({
    version,
    note: `Test release ${version}`,
    date: "2026-01-02",
    dataDir,
    releasesDir: dir.releases,
    changelog: dir.changelog,
  });

describe("published releases", () => {
  const releases = listReleases();

  it("include release 1.0.0", () => {
    expect(releases.map((r) => r.version)).toContain("1.0.0");
  });

  it.each(releases.map((r) => [r.version, r.dir]))(
    "release %s matches its SHA256SUMS byte for byte",
    (_version, dir) => {
      expect(verifyRelease(dir)).toEqual([]);
      expect(parseSums(readFileSync(join(dir, "SHA256SUMS"), "utf8")).size).toBe(
        readdirSync(dir).length - 1,
      );
    },
  );

  it.each(releases.map((r) => [r.version, r]))("release %s passes the loader", (_v, r) => {
    const d = loadRelease(r);
    expect(d.observations.length).toBeGreaterThan(0);
  });

  it("1.0.0 holds only the two primary articles, with their figures", () => {
    const r = releases.find((x) => x.version === "1.0.0");
    if (!r) throw new Error("no 1.0.0");
    const d = loadRelease(r);
    expect(d.sources.map((s) => s.id).sort()).toEqual(["h24info-2016", "madeincity-10ans"]);
    const fig = (id: string) => d.observations.find((o) => o.id === id);
    expect(fig("h24info-2016.companies_accompanied_cumulative.network.2016")).toMatchObject({
      value: 900,
      qualifier: "more_than",
      quote: "accompagné plus de 900 entreprises",
    });
    expect(fig("madeincity-10ans.companies_hosted.casablanca.2011")).toMatchObject({
      value: 170,
      qualifier: "approx",
    });
    expect(fig("h24info-2016.turnover_mad.network.2016")?.value).toBe(800_000_000);
    expect(d.events.filter((e) => e.kind === "opening").map((e) => [e.site, e.date])).toEqual([
      ["casablanca", "2001"],
      ["rabat", "2012"],
      ["tanger", "2015"],
    ]);
  });

  it("detects a changed byte in a release", () => {
    const r = releases[0];
    if (!r) throw new Error("no release");
    const copy = join(mkdtempSync(join(tmpdir(), "tp-verify-")), r.version);
    cpSync(r.dir, copy, { recursive: true });
    const csv = join(copy, "observations.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("900", "901"));
    expect(verifyRelease(copy)).toEqual([
      `${copy}/observations.csv: SHA-256 differs from SHA256SUMS`,
    ]);
  });
});

describe("cutRelease", () => {
  it("writes every table as CSV, Excel CSV and JSON, a datapackage and checksums", () => {
    const dir = scratch();
    const files = cut(dir, "1.0.0");
    const out = join(dir.releases, "1.0.0");
    expect(readdirSync(out).sort()).toEqual([...files].sort());
    expect(files).toContain("observations-excel-fr.csv");
    expect(verifyRelease(out)).toEqual([]);
    const csv = readFileSync(join(out, "observations.csv"), "utf8");
    expect(csv.startsWith("id,metric,site,year,value,unit,qualifier,source,quote,note\r\n")).toBe(
      true,
    );
    const excel = readFileSync(join(out, "observations-excel-fr.csv"));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.toString("utf8")).toContain(
      "id;metric;site;year;value;unit;qualifier;source;quote;note\r\n",
    );
    const json = JSON.parse(readFileSync(join(out, "observations.json"), "utf8"));
    expect(json[0]).toMatchObject({ year: 2011, value: 170, qualifier: "approx" });
    expect(readFileSync(dir.changelog, "utf8")).toContain(
      "## 1.0.0 — 2026-01-02\n\nTest release 1.0.0\n",
    );
  });

  it("gives the same bytes as the committed 1.0.0 when cut from 1.0.0's own tables", () => {
    const dir = scratch();
    cutRelease({
      version: "1.0.0",
      note: listReleases().find((r) => r.version === "1.0.0")?.note ?? "",
      date: "2026-11-24",
      dataDir: "data/releases/1.0.0",
      releasesDir: dir.releases,
      changelog: dir.changelog,
    });
    for (const f of readdirSync("data/releases/1.0.0"))
      expect(sha256(readFileSync(join(dir.releases, "1.0.0", f))), f).toBe(
        sha256(readFileSync(join("data/releases/1.0.0", f))),
      );
  });

  it("refuses a version that exists, and one not above the latest", () => {
    const dir = scratch();
    cut(dir, "1.1.0");
    expect(() => cut(dir, "1.1.0")).toThrow(
      "Release refused: release 1.1.0 exists and is never rewritten.",
    );
    expect(() => cut(dir, "1.0.9")).toThrow(
      "Release refused: 1.0.9 is not above the latest release 1.1.0.",
    );
    cut(dir, "1.2.0");
    expect(readFileSync(dir.changelog, "utf8").indexOf("## 1.2.0")).toBeLessThan(
      readFileSync(dir.changelog, "utf8").indexOf("## 1.1.0"),
    );
  });

  it("refuses invalid data and writes nothing", () => {
    const dir = scratch();
    const bad = join(dir.root, "bad-data");
    cpSync("data", bad, { recursive: true, filter: (src) => !src.includes("releases") });
    const obs = join(bad, "observations.csv");
    writeFileSync(obs, readFileSync(obs, "utf8").replace(",2000,", ",2 000,"));
    expect(() => cut(dir, "2.0.0", bad)).toThrow(/observations\.csv:\d+:5 \(column value\)/);
    expect(existsSync(join(dir.releases, "2.0.0"))).toBe(false);
    expect(existsSync(dir.changelog)).toBe(false);
  });

  it("points CITATION.cff at the release it cuts", () => {
    const dir = scratch();
    const citation = join(dir.root, "CITATION.cff");
    writeFileSync(
      citation,
      'cff-version: 1.2.0\nversion: 0.9.0\ndate-released: "2020-01-01"\ntitle: T\n',
    );
    cutRelease({
      version: "1.3.0",
      note: "n",
      date: "2026-01-02",
      dataDir: "data",
      releasesDir: dir.releases,
      changelog: dir.changelog,
      citation,
    });
    expect(readFileSync(citation, "utf8")).toBe(
      'cff-version: 1.2.0\nversion: 1.3.0\ndate-released: "2026-01-02"\ntitle: T\n',
    );
  });

  it("refuses a malformed version", () => {
    expect(refuseVersion("1.0", [])).toBe('"1.0" is not a version of the form MAJOR.MINOR.PATCH');
    expect(refuseVersion("v1.0.0", [])).toMatch(/not a version/);
    expect(refuseVersion("1.1.0-beta.1", [])).toMatch(/not a version/);
    expect(refuseVersion("1.10.0", ["1.9.0", "1.2.0"])).toBeUndefined();
  });
});

describe("datapackage.json", () => {
  const profile = require("datapackage/lib/profiles/tabular-data-package.json");
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat("textarea", true);
  const validate = ajv.compile(profile);

  it.each(listReleases().map((r) => [r.version, r.dir]))(
    "of release %s validates against the Tabular Data Package profile",
    (_v, dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
      const ok = validate(pkg);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      for (const res of pkg.resources) {
        const bytes = readFileSync(join(dir, res.path));
        expect(res.hash).toBe(`sha256:${sha256(bytes)}`);
        expect(res.bytes).toBe(bytes.length);
      }
    },
  );
});
