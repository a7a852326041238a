import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { astroBuild } from "../lib/build-site.ts";
import { writeSyntheticData, type SyntheticSummary } from "../synthetic-data.ts";

export interface ScaleRun extends SyntheticSummary {
  buildMs: number;
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

/**
 * Synthetic data at `scale` (scripts/synthetic-data.ts) written under
 * `work`, then the site built from its releases (TP_RELEASES_DIR) in
 * `project` (a copy of the project, see project-copy.ts), timed.
 */
export async function scaleRun(scale: number, work: string, project: string): Promise<ScaleRun> {
  const data = join(work, `data-${scale}x`);
  const dist = join(work, `dist-${scale}x`);
  const summary = await writeSyntheticData(scale, data);
  // Every PNG rendered: a cache hit would time the cache, not the build.
  const buildMs = await astroBuild(
    dist,
    { TP_RELEASES_DIR: join(data, "releases"), PNG_CACHE: "off" },
    project,
  );
  const out = folderSize(dist);
  return {
    ...summary,
    buildMs,
    dataBytes: folderSize(join(data, "releases")).bytes,
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
export function growthExponent(prev: ScaleRun, next: ScaleRun): number {
  return Math.log(next.buildMs / prev.buildMs) / Math.log(next.scale / prev.scale);
}
