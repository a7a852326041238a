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
const NAMES = [
  "sites",
  "sources",
  "observations",
  "events",
  "metrics",
  "places",
  "corrections",
] as const;
type Tables = Record<(typeof NAMES)[number], Table>;
/**
 * The tables copied k times. Metrics, the errata of real releases and the
 * planned places stay as they are: a place is one row per city, and adding
 * copied plans to a published place row would be a change needing an erratum.
 */
const COPIED = ["sites", "sources", "observations", "events"] as const;
type Copy = Pick<Tables, (typeof COPIED)[number]>;

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

/** Years moved by `shift`: "2011/2012" → "2006/2007" for shift −5. */
function shiftYears(text: string, shift: number): string {
  return text.replace(/\b(\d{4})\b/g, (y) => String(Number(y) + shift));
}

/**
 * Copy `j` (1-based) of the base rows: every site, source, observation and
 * event (but plans, see COPIED) again, with ids suffixed ".s<j>"/"-s<j>" and years moved back by up to 30,
 * so copies fall in other years and the quotes still state their values.
 */
function copyOf(base: Tables, j: number): Copy {
  // Earlier, not later: a source cannot be dated after today or the release.
  const shift = -(j % 31);
  const siteIds = new Set(base.sites.rows.map((r) => r.id));
  const site = (id: string | undefined) => (id && siteIds.has(id) ? `${id}-s${j}` : (id ?? ""));
  const source = (id: string | undefined) => `${id}-s${j}`;
  // Ids are built from their parts (check-ids.ts): <source>.<metric>.<site>.<year>
  // and <source>.<kind>.<site> or <source>.plan.<places>, each maybe "-2".
  const eventId = (r: Row) => {
    const rest = r.id?.slice((r.source ?? "").length) ?? "";
    const own = `.${r.kind}.${r.site}`;
    return (
      source(r.source) +
      (rest.startsWith(own) ? `.${r.kind}.${site(r.site)}${rest.slice(own.length)}` : rest)
    );
  };
  return {
    sites: {
      fields: base.sites.fields,
      rows: base.sites.rows.map((r) => ({
        ...r,
        id: site(r.id),
        name_fr: `${r.name_fr} ${j}`,
        name_en: `${r.name_en} ${j}`,
        name_ar: `${r.name_ar} ${j}`,
        opened: shiftYears(r.opened ?? "", shift),
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
      rows: base.observations.rows.map((r) => {
        const own = `${r.source}.${r.metric}.${r.site}.${r.year}`;
        const year = String(Number(r.year) + shift);
        return {
          ...r,
          id: `${source(r.source)}.${r.metric}.${site(r.site)}.${year}${r.id?.slice(own.length) ?? ""}`,
          site: site(r.site),
          scope: (r.scope ?? "").split(";").map(site).join(";"),
          year,
          period_start: shiftYears(r.period_start ?? "", shift),
          year_alternatives: shiftYears(r.year_alternatives ?? "", shift),
          horizon: shiftYears(r.horizon ?? "", shift),
          horizon_from: shiftYears(r.horizon_from ?? "", shift),
          source: source(r.source),
        };
      }),
    },
    events: {
      fields: base.events.fields,
      rows: base.events.rows
        .filter((r) => r.kind !== "plan")
        .map((r) => ({
          ...r,
          id: eventId(r),
          site: site(r.site),
          date: shiftYears(r.date ?? "", shift),
          source: source(r.source),
        })),
    },
  };
}

/** The base tables plus the first `copies` synthetic copies. */
function withCopies(base: Tables, copies: Copy[]): Tables {
  const out = structuredClone(base);
  for (const c of copies) for (const name of COPIED) out[name].rows.push(...c[name].rows);
  return out;
}

/**
 * The base tables plus `share` (0–1) of the copies' observations, in order:
 * a copy's sites, sources, events and places come whole with its first
 * observation. There are more synthetic releases than copies (k× the real
 * releases, k − 1 copies), so each release adds part of a copy, and never
 * nothing (the release tool refuses a release that changes nothing).
 */
function withShare(base: Tables, copies: Copy[], share: number): Tables {
  const perCopy = base.observations.rows.length;
  const rows = Math.round(share * copies.length * perCopy);
  const whole = copies.slice(0, Math.floor(rows / perCopy));
  const rest = rows % perCopy;
  const partial = copies[whole.length];
  if (rest === 0 || !partial) return withCopies(base, whole);
  const observations = { ...partial.observations, rows: partial.observations.rows.slice(0, rest) };
  return withCopies(base, [...whole, { ...partial, observations }]);
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
    writeTables(staging, withShare(base, copies, i / extraReleases));
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
