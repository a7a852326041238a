import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { astroBuild } from "../lib/build-site.ts";
import { RELEASE_CACHE_DIR } from "../lib/release-cache.ts";
import { buildSite, SITE_CACHE_DIR } from "../lib/site-cache.ts";
import { filesUnder } from "../lib/site-pages.ts";
import { listReleases } from "../../src/lib/release/releases.ts";
import { writeSyntheticData, type SyntheticSummary } from "../synthetic-data.ts";

export interface ScaleRun extends SyntheticSummary {
  /** A full build: every release drawn, every PNG rendered (RELEASE_CACHE=off, PNG_CACHE=off). */
  buildMs: number;
  /**
   * The build after a new release, as a deploy meets it (`npm run build`'s
   * buildSite): the last build kept every release but the newest
   * (release-cache.ts), its PNGs and its site (site-cache.ts).
   */
  newReleaseMs: number;
  /** The same build again, data unchanged: the site kept by the last one (site-cache.ts). */
  rebuildMs: number;
  /** Whether that rebuild copied the kept site rather than starting Astro. */
  rebuildReused: boolean;
  /** Whether the two builds that reused kept outputs wrote the full build's bytes. */
  sameBytes: boolean;
  /** Bytes of every release (the data the site is built from). */
  dataBytes: number;
  outBytes: number;
  outFiles: number;
  pages: number;
  dist: string;
}

/** Bytes and files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) {
      const s = folderSize(path);
      bytes += s.bytes;
      files += s.files;
      html += s.html;
    } else {
      bytes += statSync(path).size;
      files += 1;
      if (d.name.endsWith(".html")) html += 1;
    }
  }
  return { bytes, files, html };
}

/** Whether two folders hold the same files with the same bytes. */
function sameTree(a: string, b: string): boolean {
  const files = filesUnder(a);
  const other = filesUnder(b);
  if (files.length !== other.length || files.some((f, i) => f !== other[i])) return false;
  return files.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/**
 * Synthetic data at `scale` (scripts/synthetic-data.ts) under `data` (made
 * unless a run kept it there), then the site built from its releases
 * (TP_RELEASES_DIR) in `project` (a copy of the project, see
 * project-copy.ts), timed three ways: in full, after a new release, again.
 */
export async function scaleRun(
  scale: number,
  work: string,
  project: string,
  data = join(work, `data-${scale}x`),
  log: (msg: string) => void = () => undefined,
): Promise<ScaleRun> {
  const dist = join(work, `dist-${scale}x`);
  const summaryFile = join(data, "summary.json");
  let summary: SyntheticSummary;
  if (existsSync(summaryFile))
    summary = JSON.parse(readFileSync(summaryFile, "utf8")) as SyntheticSummary;
  else {
    summary = await writeSyntheticData(scale, data);
    writeFileSync(summaryFile, JSON.stringify(summary));
  }
  const releases = join(data, "releases");
  log(`${scale}×: full build`);
  const buildMs = await astroBuild(
    dist,
    { TP_RELEASES_DIR: releases, PNG_CACHE: "off", RELEASE_CACHE: "off" },
    project,
  );

  // The last deploy's build: every release but the newest, its outputs kept.
  rmSync(join(project, "node_modules/.cache"), { recursive: true, force: true });
  const before = join(work, `releases-before-${scale}x`);
  rmSync(before, { recursive: true, force: true });
  for (const r of listReleases(releases).slice(0, -1))
    cpSync(r.dir, join(before, r.version), { recursive: true });
  const warm = join(work, `dist-${scale}x-warm`);
  log(`${scale}×: the build before the newest release (fills the cache)`);
  await buildSite(warm, { TP_RELEASES_DIR: before }, project);
  rmSync(before, { recursive: true, force: true });
  log(`${scale}×: the build after the newest release`);
  const newRelease = await buildSite(warm, { TP_RELEASES_DIR: releases }, project);
  let sameBytes = sameTree(dist, warm);
  log(`${scale}×: the same build again`);
  const rebuild = await buildSite(warm, { TP_RELEASES_DIR: releases }, project);
  sameBytes &&= sameTree(dist, warm);
  rmSync(warm, { recursive: true, force: true });
  for (const dir of [RELEASE_CACHE_DIR, SITE_CACHE_DIR])
    rmSync(join(project, dir), { recursive: true, force: true });

  const out = folderSize(dist);
  return {
    ...summary,
    buildMs,
    newReleaseMs: newRelease.ms,
    rebuildMs: rebuild.ms,
    rebuildReused: rebuild.reused,
    sameBytes,
    dataBytes: folderSize(releases).bytes,
    outBytes: out.bytes,
    outFiles: out.files,
    pages: out.html,
    dist,
  };
}

/**
 * How build time grows with the data from one run to the next: the
 * exponent e in time ∝ scale^e (1 = linear; below 1, fixed costs still
 * dominate). The scale, not the bytes of the releases, is the measure of
 * data: k× the rows in k× the releases is k² bytes of immutable files.
 */
export function growthExponent(
  prev: number,
  next: number,
  prevScale: number,
  nextScale: number,
): number {
  return Math.log(next / prev) / Math.log(nextScale / prevScale);
}
