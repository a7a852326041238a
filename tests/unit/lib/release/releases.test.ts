import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseSums, sha256 } from "../../../../src/lib/release/checksums.ts";
import { cutRelease } from "../../../../src/lib/release/cut-release.ts";
import { buildReleaseFiles } from "../../../../src/lib/release/release-files.ts";
import { loadDataset } from "../../../../src/lib/data/load-dataset.ts";
import { layoutOf } from "../../../../src/schemas/index.ts";
import { datasetDifferences } from "../../../../src/lib/release/compare-datasets.ts";
import { readJsonTables } from "../../../../src/lib/release/json-tables.ts";
import { LOCK_FILE, withReleaseLock } from "../../../../src/lib/release/release-lock.ts";
import {
  listReleases,
  loadRelease,
  refuseVersion,
  verifyRelease,
} from "../../../../src/lib/release/releases.ts";
import { BASE, CHANGED_NOTE, variant } from "./scratch-release.ts";

const require = createRequire(import.meta.url);

function scratch(): { root: string; releases: string; changelog: string } {
  const root = mkdtempSync(join(tmpdir(), "tp-release-"));
  return { root, releases: join(root, "releases"), changelog: join(root, "CHANGELOG.md") };
}

const cut = (
  dir: ReturnType<typeof scratch>,
  version: string,
  dataDir = BASE,
  extra: { date?: string; allowRemoval?: string } = {},
) =>
  cutRelease({
    version,
    note: `Test release ${version}`,
    date: extra.date ?? "2026-01-02",
    dataDir,
    releasesDir: dir.releases,
    changelog: dir.changelog,
    ...(extra.allowRemoval ? { allowRemoval: extra.allowRemoval } : {}),
  });

/** Everything in the releases folder, hidden staging folders and locks included. */
const contents = (dir: ReturnType<typeof scratch>) =>
  existsSync(dir.releases) ? readdirSync(dir.releases).sort() : [];

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

  it("reads 1.x by the layout of its version and lifts it into the current model", () => {
    const r = releases.find((x) => x.version === "1.1.0");
    if (!r) throw new Error("no 1.1.0");
    const d = loadRelease(r);
    expect(d.observations.find((o) => o.id === "h24info-2016.jobs.network.2016")).toEqual({
      id: "h24info-2016.jobs.network.2016",
      metric: "jobs",
      site: "network",
      scope: "",
      year: 2016,
      period_start: undefined,
      year_basis: "printed",
      year_alternatives: "",
      value: 2000,
      value_high: undefined,
      unit: "people",
      qualifier: "exact",
      horizon: "",
      horizon_from: "",
      source: "h24info-2016",
      quote: "emploient 2.000 salariés",
      note_fr: "",
      note_en: "The three parks together.",
      note_ar: "",
    });
    expect(d.sites.map((s) => s.opened)).toEqual(["2001", "2012", "2015"]);
    expect(d.events.find((e) => e.id === "lesoir-10ans.plan.rabat")?.note_en).toMatch(/^Announced/);
    expect(d.corrections).toEqual([]);
  });

  it.each(releases.map((r) => [r.version, r]))(
    "release %s: its CSV and its JSON agree field for field",
    (_v, r) => {
      expect(datasetDifferences(loadRelease(r), readJsonTables(r.dir))).toEqual([]);
    },
  );

  it("refuses to load (and so to build from) a tampered release, naming the file", () => {
    const r = releases[0];
    if (!r) throw new Error("no release");
    const copy = join(mkdtempSync(join(tmpdir(), "tp-tamper-")), r.version);
    cpSync(r.dir, copy, { recursive: true });
    const csv = join(copy, "observations.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace(",170,", ",171,"));
    expect(() => loadRelease({ ...r, dir: copy })).toThrow(
      `${copy}/observations.csv: SHA-256 differs from SHA256SUMS; release ${r.version} is not as published, and a published release never changes`,
    );
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
  it("writes every table as CSV, Excel CSV and JSON, a datapackage and checksums", async () => {
    const dir = scratch();
    const { files } = await cut(dir, "1.0.0");
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

  it("gives the same bytes as the committed 1.0.0 when cut from 1.0.0's own tables", async () => {
    const dir = scratch();
    await cutRelease({
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

  it("gives the same bytes as the committed 2.0.0 when built from 2.0.0's own tables", () => {
    // The files alone (buildReleaseFiles, which cutRelease writes as they
    // are): cutting 2.0.0 again through the tool is refused, rightly, since
    // its tables lack the errata it owed (m6-*, recorded in data/ since).
    const r = listReleases().find((x) => x.version === "2.0.0");
    if (!r?.notes) throw new Error("no 2.0.0 with notes");
    const dataset = loadDataset("data/releases/2.0.0", {
      rules: "published",
      layout: layoutOf("2.0.0"),
    });
    const files = buildReleaseFiles(dataset, {
      version: "2.0.0",
      note: r.note,
      notes: r.notes,
      date: r.date,
    });
    expect([...files.keys()].sort()).toEqual(readdirSync("data/releases/2.0.0").sort());
    for (const [f, bytes] of files)
      expect(sha256(bytes), f).toBe(sha256(readFileSync(join("data/releases/2.0.0", f))));
  });

  it("refuses a version that exists, and one not above the latest", async () => {
    const dir = scratch();
    await cut(dir, "1.1.0");
    await cut(dir, "1.2.0", variant({ observations: CHANGED_NOTE }));
    expect(readFileSync(dir.changelog, "utf8").indexOf("## 1.2.0")).toBeLessThan(
      readFileSync(dir.changelog, "utf8").indexOf("## 1.1.0"),
    );
    await expect(cut(dir, "1.1.0")).rejects.toThrow(
      "Release refused: release 1.1.0 exists and is never rewritten.",
    );
    // The latest, with other data: not an interrupted run to finish.
    await expect(cut(dir, "1.2.0")).rejects.toThrow(
      `Release refused: release 1.2.0 exists and is never rewritten, and ${BASE}/ differs from it (observations row 13 (h24info-2016.jobs.network.2016): note_en is "The three parks together.", expected "The three parks together in 2016."). To publish these data, cut 1.2.1, 1.3.0 or 2.0.0.`,
    );
    await expect(cut(dir, "1.0.9")).rejects.toThrow(
      "Release refused: 1.0.9 is not above the latest release 1.2.0.",
    );
    expect(contents(dir)).toEqual(["1.1.0", "1.2.0"]);
  });

  it("refuses invalid data and writes nothing", async () => {
    const dir = scratch();
    const bad = variant({ observations: (s) => s.replace(",2000,", ",2 000,") });
    await expect(cut(dir, "1.9.0", bad)).rejects.toThrow(
      /observations\.csv:\d+:5 \(column value\)/,
    );
    expect(contents(dir)).toEqual([]);
    expect(existsSync(dir.changelog)).toBe(false);
  });

  it("points CITATION.cff at the release it cuts", async () => {
    const dir = scratch();
    const citation = join(dir.root, "CITATION.cff");
    writeFileSync(
      citation,
      'cff-version: 1.2.0\nversion: 0.9.0\ndate-released: "2020-01-01"\ntitle: T\n',
    );
    await cutRelease({
      version: "1.3.0",
      note: "n",
      date: "2026-01-02",
      dataDir: BASE,
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

describe("cutRelease never publishes what its own loader rejects", () => {
  it("refuses an impossible date, and writes nothing", async () => {
    const dir = scratch();
    await expect(cut(dir, "1.0.0", BASE, { date: "2026-13-45" })).rejects.toThrow(
      'Release refused: date "2026-13-45" is not a real day written YYYY-MM-DD.',
    );
    expect(contents(dir)).toEqual([]);
  });

  it("refuses a 400-digit value, which would be written as Infinity, and writes nothing", async () => {
    const dir = scratch();
    const big = "9".repeat(400);
    const data = variant({
      observations: (s) =>
        s.replace(
          ",5,MAD,exact,madeincity-10ans,le café à 5 DH,",
          `,${big},MAD,exact,madeincity-10ans,le café à ${big} DH,`,
        ),
    });
    await expect(cut(dir, "1.0.0", data)).rejects.toThrow(
      `observations.csv:9:5 (column value): "${"9".repeat(77)}…" is too large to be stored as a number`,
    );
    expect(contents(dir)).toEqual([]);
  });

  it("writes 0.0000001 as 0.0000001 (never 1e-7), and reads it back", async () => {
    const dir = scratch();
    const data = variant({
      observations: (s) =>
        s.replace(
          ",5,MAD,exact,madeincity-10ans,le café à 5 DH,",
          ',0.0000001,MAD,exact,madeincity-10ans,"le café à 0,0000001 DH",',
        ),
    });
    await cut(dir, "1.0.0", data);
    const out = join(dir.releases, "1.0.0");
    expect(readFileSync(join(out, "observations.csv"), "utf8")).toContain(",0.0000001,MAD,");
    const r = listReleases(dir.releases)[0];
    if (!r) throw new Error("no release");
    expect(loadRelease(r).observations.find((o) => o.metric === "coffee_price_mad")?.value).toBe(
      0.0000001,
    );
  });

  it.each(["observations", "events"] as const)(
    "refuses a header-only %s.csv, and writes nothing",
    async (table) => {
      const dir = scratch();
      const data = variant({ [table]: (s: string) => s.split("\n")[0] + "\n" });
      await expect(cut(dir, "1.0.0", data)).rejects.toThrow(
        `${table}.csv:1: has a header but no rows: a table of the dataset is never empty`,
      );
      expect(contents(dir)).toEqual([]);
    },
  );

  it("refuses a release that removes rows or charts of the previous one, unless told why", async () => {
    const dir = scratch();
    await cut(dir, "1.0.0");
    const data = variant({
      observations: (s) =>
        s
          .split("\n")
          .filter((l) => !l.startsWith("madeincity-10ans.coffee_price_mad."))
          .join("\n"),
    });
    await expect(cut(dir, "1.1.0", data)).rejects.toThrow(
      'Release refused: it removes 1 observations row (madeincity-10ans.coffee_price_mad.casablanca.2011) and the chart of coffee_price_mad of release 1.0.0; if that is meant, say why with --allow-removal "<reason>".',
    );
    expect(contents(dir)).toEqual(["1.0.0"]);
    await cut(dir, "1.1.0", data, {
      allowRemoval: "The price of a coffee is not a Technopark figure.",
    });
    expect(contents(dir)).toEqual(["1.0.0", "1.1.0"]);
  });

  it("refuses a second run while a release is being cut, in plain words", async () => {
    const dir = scratch();
    mkdirSync(dir.releases, { recursive: true });
    // A process that is running: this one.
    const holder = `process ${process.pid} since 2026-01-02T10:00:00.000Z`;
    writeFileSync(join(dir.releases, LOCK_FILE), `${holder}\n`);
    await expect(cut(dir, "1.0.0")).rejects.toThrow(
      `Release refused: another release is being cut (${join(dir.releases, LOCK_FILE)} exists: ${holder}). Wait for it to finish; if none is running, delete that file.`,
    );
    expect(contents(dir)).toEqual([LOCK_FILE]);
  });

  it("refuses a run that starts while another holds the lock; the lock is freed after", async () => {
    const dir = scratch();
    mkdirSync(dir.releases, { recursive: true });
    let second: unknown;
    await withReleaseLock(dir.releases, async () => {
      try {
        await cut(dir, "1.0.0");
      } catch (e) {
        second = e;
      }
    });
    expect(String(second)).toMatch(/^Error: Release refused: another release is being cut \(/);
    await cut(dir, "1.0.0");
    expect(contents(dir)).toEqual(["1.0.0"]);
  });

  it("leaves neither a lock nor a staging folder behind", async () => {
    const dir = scratch();
    await cut(dir, "1.0.0");
    expect(contents(dir)).toEqual(["1.0.0"]);
  });

  it("refuses a release that changes nothing", async () => {
    const dir = scratch();
    await cut(dir, "1.0.0");
    await expect(cut(dir, "1.0.1")).rejects.toThrow(
      "Release refused: nothing changed since release 1.0.0.",
    );
  });

  it("refuses a release dated before the previous one", async () => {
    const dir = scratch();
    await cut(dir, "1.0.0", BASE, { date: "2026-03-01" });
    await expect(
      cut(dir, "1.1.0", variant({ observations: CHANGED_NOTE }), { date: "2026-02-28" }),
    ).rejects.toThrow(
      "Release refused: dated 2026-02-28, before the previous release 1.0.0 (2026-03-01).",
    );
  });

  it("refuses a source dated after the release", async () => {
    const dir = scratch();
    await expect(cut(dir, "1.0.0", BASE, { date: "2016-05-31" })).rejects.toThrow(
      "sources.csv:3:5 (column published): published 2016-06, after the release date 2016-05-31",
    );
    expect(contents(dir)).toEqual([]);
  });

  it("refuses data that only the release rules reject: a quote over twelve words", async () => {
    const dir = scratch();
    const data = variant({
      observations: (s) =>
        s.replace(
          "emploient 2.000 salariés,",
          "emploient 2.000 salariés dans les trois parcs du réseau Technopark selon le rapport,",
        ),
    });
    await expect(cut(dir, "1.0.0", data)).rejects.toThrow(
      "observations.csv:14:9 (column quote): quote has 13 words: keep the shortest fragment that carries it (at most 12 words)",
    );
    expect(contents(dir)).toEqual([]);
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
