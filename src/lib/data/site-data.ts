import type { Dataset } from "./dataset.ts";
import { DATASET_CACHE_VARIABLE } from "../release/dataset-cache.ts";
import { listReleases, loadRelease, type ReleaseInfo } from "../release/releases.ts";

/**
 * What the site is built from: the published releases, each loaded through
 * the one validating loader, read once per build. The site never shows the
 * unreleased working copy in data/.
 */
export interface SiteData {
  releases: ReleaseInfo[];
  latest: ReleaseInfo;
  datasets: Map<string, Dataset>;
  /** The latest release's dataset. */
  dataset: Dataset;
}

let cached: SiteData | undefined;

export function siteData(root?: string): SiteData {
  if (cached && root === undefined) return cached;
  // TP_RELEASES_DIR builds the site from another set of releases: tests use
  // it to add a release in a fixture without touching data/releases/.
  const releases = listReleases(root ?? process.env.TP_RELEASES_DIR);
  const latest = releases[releases.length - 1];
  if (!latest) throw new Error("No dataset release found: cut one with npm run release");
  const kept = process.env[DATASET_CACHE_VARIABLE];
  const datasets = new Map(releases.map((r) => [r.version, loadRelease(r, kept)]));
  const data = { releases, latest, datasets, dataset: datasets.get(latest.version) as Dataset };
  if (root === undefined) cached = data;
  return data;
}
