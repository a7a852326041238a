import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { buildReleaseFiles } from "../../../src/lib/release/release-files.ts";
import { latestRelease, loadRelease } from "../../../src/lib/release/releases.ts";

// A fixture release above every real one, in which the 2016 network jobs
// figure changes from 2000 to 2100: an embed pinned to the first release
// must keep 2000, the latest one must show 2100. Its names also hold words
// of 200 characters with no space (LONG_WORDS): no page may grow wider
// than a 320 px screen for them. Made from the latest
// published release (immutable), not from data/, which changes as it is
// edited and need not pass the release tool's rules at every moment; its
// files are those the release tool writes (buildReleaseFiles).
export const JOBS_ID = "h24info-2016.jobs.network.2016";
export const FIXTURE_VERSION = "99.0.0";

/** A word of `length` characters with no space or hyphen, `seed` repeated. */
export const longWord = (seed: string, length = 200): string =>
  seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

/**
 * Where the fixture release puts its 200-character words, each in the
 * script of its language: a site's name and city, a metric's label, an
 * event's label, a source's title and publisher.
 */
export const LONG_WORDS = {
  site: "rabat",
  metric: "companies_hosted",
  event: "h24info-2016.opening.rabat",
  source: "lavieeco-rabat-tanger",
  /** A figure of that site, metric and source: its page shows all four. */
  observation: "lavieeco-rabat-tanger.companies_hosted.rabat.2016",
  /** Charts that draw the site: over time (with the metric), and site by site. */
  charts: ["entreprises", "entreprises-par-site"],
  latin: longWord("Technoparkinterminable"),
  arabic: longWord("تكنوباركطويل"),
} as const;

/** `dataset` with the long words of LONG_WORDS in its names. */
function withLongWords(dataset: Dataset): Dataset {
  const { latin, arabic } = LONG_WORDS;
  const words = { name_fr: latin, name_en: latin, name_ar: arabic };
  const cities = { city_fr: latin, city_en: latin, city_ar: arabic };
  const labels = { label_fr: latin, label_en: latin, label_ar: arabic };
  const pick = <T extends { id: string }>(rows: T[], id: string, change: Partial<T>): T[] => {
    if (!rows.some((r) => r.id === id)) throw new Error(`fixture: no row ${id} to lengthen`);
    return rows.map((r) => (r.id === id ? { ...r, ...change } : r));
  };
  return {
    ...dataset,
    sites: pick(dataset.sites, LONG_WORDS.site, { ...words, ...cities }),
    metrics: pick(dataset.metrics, LONG_WORDS.metric, labels),
    events: pick(dataset.events, LONG_WORDS.event, labels),
    sources: pick(dataset.sources, LONG_WORDS.source, { title: latin, publisher: latin }),
  };
}

/** The real releases plus the fixture one, written under `root`; returns their folder. */
export function fixtureReleases(root: string): string {
  const releases = join(root, "releases");
  cpSync("data/releases", releases, { recursive: true });
  const latest = latestRelease();
  const dataset = loadRelease(latest);
  const jobs = dataset.observations.find((o) => o.id === JOBS_ID);
  if (jobs?.value !== 2000)
    throw new Error(`fixture: ${JOBS_ID} is not 2000 in release ${latest.version}`);
  const changed: Dataset = withLongWords({
    ...dataset,
    observations: dataset.observations.map((o) =>
      o === jobs ? { ...o, value: 2100, quote: "emploient 2.100 salariés" } : o,
    ),
  });
  const dir = join(releases, FIXTURE_VERSION);
  mkdirSync(dir);
  const files = buildReleaseFiles(changed, {
    version: FIXTURE_VERSION,
    note: "Fixture: a later release that changes a figure and holds 200-character words.",
    date: "2030-01-01",
  });
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return releases;
}
