import type { Lang, StringKey } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import type { SiteData } from "../lib/data/site-data.ts";
import type { CitedVersion } from "../lib/format/citation.ts";
import {
  catalogRelease,
  releaseBytes,
  type CatalogFile,
  type CatalogRelease,
} from "../lib/release/data-catalog.ts";
import { diffDatasets } from "../lib/release/diff.ts";
import { releasePath } from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import {
  releaseChange,
  releaseDiffView,
  type ReleaseChange,
  type ReleaseDiffView,
} from "./release-diff.ts";

const CFF = "CITATION.cff";

/** One release as its page shows it: files, citation, changes and neighbours. */
export interface ReleaseView {
  release: CatalogRelease;
  /** Whether it is the newest release. */
  latest: boolean;
  /** How to cite it: at its own folder, /data/<version>/, the address that never changes. */
  cited: CitedVersion;
  /** What changed since the release before (none for the first). */
  change?: ReleaseChange;
  /** The versions before and after it, where there are. */
  previous?: string;
  next?: string;
  /**
   * The `url` its CITATION.cff gives, as published ("" when it gives none);
   * undefined when the release has no CITATION.cff. Up to 2.0.x it named
   * the licence, and 2.1.0 was cut without the site's address: the page
   * says so beside the right address.
   */
  cffUrl?: string;
}

type Computed = Pick<ReleaseView, "release" | "change" | "previous" | "next" | "cffUrl">;

/** The `url` field of a CITATION.cff ("" when it has none). */
export function cffUrl(cff: string): string {
  return /^url:\s*"?([^"\n]*?)"?\s*$/m.exec(cff)?.[1] ?? "";
}
const computed = new WeakMap<SiteData, Computed[]>();

/** The slow part of releaseViews (checksums, zips and diffs), once per build. */
function compute(data: SiteData): Computed[] {
  let out = computed.get(data);
  if (!out) {
    const { releases, datasets } = data;
    const ds = (v: string) => datasets.get(v) as Dataset;
    out = releases.map((r, i) => {
      const previous = releases[i - 1]?.version;
      const next = releases[i + 1]?.version;
      const cff = releaseBytes(r).get(CFF);
      return {
        release: catalogRelease(r),
        ...(previous && {
          change: releaseChange({
            from: previous,
            to: r.version,
            diff: diffDatasets(ds(previous), ds(r.version)),
            before: ds(previous),
            after: ds(r.version),
          }),
          previous,
        }),
        ...(next && { next }),
        ...(cff && { cffUrl: cffUrl(new TextDecoder().decode(cff)) }),
      };
    });
    computed.set(data, out);
  }
  return out;
}

/**
 * Every release of `data` as its page shows it, newest first. `site` is the
 * public origin (Astro.site): a release is cited at the absolute address of
 * its folder. `doiOf` gives a release's DOI where one is configured.
 */
export function releaseViews(
  data: SiteData,
  site: URL | undefined,
  doiOf: (version: string) => string | undefined = () => undefined,
): ReleaseView[] {
  const all = compute(data);
  return all
    .map((c, i) => {
      const { version, date } = c.release;
      const doi = doiOf(version);
      return {
        ...c,
        latest: i === all.length - 1,
        cited: {
          version,
          date,
          url: absoluteUrl(releasePath(version), site),
          ...(doi ? { doi } : {}),
        },
      };
    })
    .reverse();
}

/** One release's view (see releaseViews); throws on a version that was never published. */
export function releaseView(
  data: SiteData,
  version: string,
  site: URL | undefined,
  doiOf?: (version: string) => string | undefined,
): ReleaseView {
  const view = releaseViews(data, site, doiOf).find((v) => v.release.version === version);
  if (!view) throw new Error(`releaseView: no release ${version}`);
  return view;
}

/**
 * What most readers download, in this order: the whole release as a zip,
 * the figures (observations) as CSV, and the data package that describes
 * every table. Each with the key of the words that say what it is.
 */
export function releaseDownloads(release: CatalogRelease): { file: CatalogFile; key: StringKey }[] {
  const observations = release.tables
    .find((tb) => tb.name === "observations")
    ?.files.find((f) => f.format === "csv");
  return [
    { file: release.zip, key: "data.download.zip" },
    ...(observations ? [{ file: observations, key: "data.download.csv" as const }] : []),
    { file: release.datapackage, key: "data.download.datapackage" },
  ];
}

/** A release's page in a reader's language: its view, and its changes said in words. */
export type ReleasePageView = Omit<ReleaseView, "change"> & { diff?: ReleaseDiffView };

/**
 * The page of release `version` in `lang` (ReleasePage.astro), for its
 * two routes, /<lang>/donnees/<version>/ and /data/<version>/. Throws on a
 * version that was never published.
 */
export function releasePageView(
  data: SiteData,
  version: string,
  lang: Lang,
  site: URL | undefined,
  doiOf?: (version: string) => string | undefined,
): ReleasePageView {
  const { change, ...view } = releaseView(data, version, site, doiOf);
  return change ? { ...view, diff: releaseDiffView(change, lang) } : view;
}
