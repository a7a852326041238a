// node scripts/synthetic-data.ts --scale 10 --out /tmp/synthetic-10 [--from data]
//
// Writes a scaled copy of data/ for the benchmark: at scale k there are
// k times the sites, observations, events and sources, spread over more
// years, and k times the releases. The real releases are copied unchanged;
// the synthetic ones are cut by the project's own release tool, each adding
// a share of the synthetic rows, so every file is valid and checksummed.
// Build the site from them with TP_RELEASES_DIR=<out>/releases.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import semver from "semver";
import { cutRelease } from "../src/lib/release/cut-release.ts";
import { listReleases } from "../src/lib/release/releases.ts";

type Row = Record<string, string>;
interface Table {
  fields: string[];
  rows: Row[];
}
type Tables = Record<"sites" | "sources" | "observations" | "events" | "metrics", Table>;
const NAMES = ["sites", "sources", "observations", "events", "metrics"] as const;

function readTable(file: string): Table {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

function writeTables(dir: string, tables: Tables): void {
  mkdirSync(dir, { recursive: true });
  for (const name of NAMES) {
    const { fields, rows } = tables[name];
    writeFileSync(
      join(dir, `${name}.csv`),
      `${Papa.unparse({ fields, data: rows }, { newline: "\n" })}\n`,
    );
  }
}

/** Years moved `shift` later: "2011/2012" → "2016/2017" for shift 5. */
function shiftYears(text: string, shift: number): string {
  return text.replace(/\b(\d{4})\b/g, (y) => String(Number(y) + shift));
}

/**
 * Copy `j` (1-based) of the base rows: every site, source, observation and
 * event again, with ids suffixed ".s<j>"/"-s<j>" and years moved by up to 30,
 * so copies fall in other years and the quotes still state their values.
 */
function copyOf(base: Tables, j: number): Omit<Tables, "metrics"> {
  const shift = j % 31;
  const siteIds = new Set(base.sites.rows.map((r) => r.id));
  const site = (id: string | undefined) => (id && siteIds.has(id) ? `${id}-s${j}` : (id ?? ""));
  const source = (id: string | undefined) => `${id}-s${j}`;
  return {
    sites: {
      fields: base.sites.fields,
      rows: base.sites.rows.map((r) => ({
        ...r,
        id: site(r.id),
        name_fr: `${r.name_fr} ${j}`,
        name_en: `${r.name_en} ${j}`,
        name_ar: `${r.name_ar} ${j}`,
        opened: String(Number(r.opened) + shift),
      })),
    },
    sources: {
      fields: base.sources.fields,
      rows: base.sources.rows.map((r) => ({
        ...r,
        id: source(r.id),
        title: `${r.title} (${j})`,
        published: shiftYears(r.published ?? "", shift),
      })),
    },
    observations: {
      fields: base.observations.fields,
      rows: base.observations.rows.map((r) => ({
        ...r,
        id: `${r.id}.s${j}`,
        site: site(r.site),
        year: String(Number(r.year) + shift),
        source: source(r.source),
      })),
    },
    events: {
      fields: base.events.fields,
      rows: base.events.rows.map((r) => ({
        ...r,
        id: `${r.id}.s${j}`,
        site: site(r.site),
        date: shiftYears(r.date ?? "", shift),
        source: source(r.source),
      })),
    },
  };
}

/** The base tables plus the first `copies` synthetic copies. */
function withCopies(base: Tables, copies: Omit<Tables, "metrics">[]): Tables {
  const out = structuredClone(base);
  for (const c of copies)
    for (const name of ["sites", "sources", "observations", "events"] as const)
      out[name].rows.push(...c[name].rows);
  return out;
}

export interface SyntheticSummary {
  scale: number;
  releases: number;
  sites: number;
  observations: number;
  events: number;
  /** Earliest and latest observation year. */
  years: [number, number];
}

/**
 * Writes `<out>/*.csv` and `<out>/releases/` at `scale` times the data in
 * `from` (data/ by default) and its releases. Scale 1 is a plain copy.
 */
export async function writeSyntheticData(
  scale: number,
  out: string,
  from = "data",
): Promise<SyntheticSummary> {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be an integer ≥ 1, not ${scale}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const base = Object.fromEntries(
    NAMES.map((n) => [n, readTable(join(from, `${n}.csv`))]),
  ) as Tables;
  const releasesDir = join(out, "releases");
  cpSync(join(from, "releases"), releasesDir, { recursive: true });
  const real = listReleases(releasesDir);
  const latest = real[real.length - 1];
  if (!latest) throw new Error(`no release in ${from}/releases`);

  const copies = Array.from({ length: scale - 1 }, (_, i) => copyOf(base, i + 1));
  const extraReleases = real.length * (scale - 1);
  const staging = join(out, ".staging");
  let version = latest.version;
  const day = Date.parse(`${latest.date}T00:00:00Z`);
  for (let i = 1; i <= extraReleases; i++) {
    version = semver.inc(version, "minor") as string;
    rmSync(staging, { recursive: true, force: true });
    writeTables(
      staging,
      withCopies(base, copies.slice(0, Math.round((i / extraReleases) * copies.length))),
    );
    await cutRelease({
      version,
      note: `Synthetic release ${i} of ${extraReleases} (benchmark at ${scale}×).`,
      date: new Date(day + i * 86_400_000).toISOString().slice(0, 10),
      dataDir: staging,
      releasesDir,
      changelog: join(out, "CHANGELOG.md"),
      // Synthetic releases follow the latest a day apart, into the future.
      confirmDate: true,
    });
  }
  rmSync(staging, { recursive: true, force: true });
  const all = withCopies(base, copies);
  writeTables(out, all);
  const years = all.observations.rows.map((r) => Number(r.year));
  return {
    scale,
    releases: real.length + extraReleases,
    sites: all.sites.rows.length,
    observations: all.observations.rows.length,
    events: all.events.rows.length,
    years: [Math.min(...years), Math.max(...years)],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "10" },
      out: { type: "string" },
      from: { type: "string", default: "data" },
    },
  });
  if (!values.out || existsSync(join(values.out, ".git"))) {
    console.error(
      "Usage: node scripts/synthetic-data.ts --scale <k> --out <new folder> [--from data]",
    );
    process.exit(2);
  }
  const summary = await writeSyntheticData(Number(values.scale), values.out, values.from);
  console.log(JSON.stringify(summary));
}
