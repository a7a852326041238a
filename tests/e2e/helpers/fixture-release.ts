import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { buildReleaseFiles } from "../../../src/lib/release/release-files.ts";
import { latestRelease, loadRelease } from "../../../src/lib/release/releases.ts";

// A fixture release above every real one, in which the 2016 network jobs
// figure changes from 2000 to 2100: an embed pinned to the first release
// must keep 2000, the latest one must show 2100. Made from the latest
// published release (immutable), not from data/, which changes as it is
// edited and need not pass the release tool's rules at every moment; its
// files are those the release tool writes (buildReleaseFiles).
export const JOBS_ID = "h24info-2016.jobs.network.2016";
export const FIXTURE_VERSION = "99.0.0";

/** The real releases plus the fixture one, written under `root`; returns their folder. */
export function fixtureReleases(root: string): string {
  const releases = join(root, "releases");
  cpSync("data/releases", releases, { recursive: true });
  const latest = latestRelease();
  const dataset = loadRelease(latest);
  const jobs = dataset.observations.find((o) => o.id === JOBS_ID);
  if (jobs?.value !== 2000)
    throw new Error(`fixture: ${JOBS_ID} is not 2000 in release ${latest.version}`);
  const changed: Dataset = {
    ...dataset,
    observations: dataset.observations.map((o) =>
      o === jobs ? { ...o, value: 2100, quote: "emploient 2.100 salariés" } : o,
    ),
  };
  const dir = join(releases, FIXTURE_VERSION);
  mkdirSync(dir);
  const files = buildReleaseFiles(changed, {
    version: FIXTURE_VERSION,
    note: "Fixture: a later release that changes a figure.",
    date: "2030-01-01",
  });
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return releases;
}
