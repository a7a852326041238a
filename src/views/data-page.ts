import { t, type Lang, type StringKey } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import type { SiteData } from "../lib/data/site-data.ts";
import { formatPartialDate } from "../lib/format/format.ts";
import type { CitedVersion } from "../lib/format/citation.ts";
import { catalogRelease, type CatalogRelease } from "../lib/release/data-catalog.ts";
import { datasetJsonLd, jsonLdScript } from "../lib/release/data-jsonld.ts";
import { releaseDiffs, type DatasetDiff } from "../lib/release/diff.ts";
import { href } from "../lib/web/paths.ts";
import {
  catalogPath,
  dataApiPath,
  dataPath,
  feedPath,
  homePath,
  releasePath,
} from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";

/** What changed from the release before, with both datasets to name each row. */
export interface ReleaseChange {
  from: string;
  to: string;
  diff: DatasetDiff;
  before: Dataset;
  after: Dataset;
}

export interface DataPageView {
  /** "Dernière version : 1.1.0, publiée le …". */
  latest: string;
  /** The page's sections, for its table of contents: anchor and title key. */
  toc: readonly (readonly [string, StringKey])[];
  /** Every release, newest first, with how to cite it and its changes (none for the first). */
  releases: {
    release: CatalogRelease;
    latest: boolean;
    cited: CitedVersion;
    change?: ReleaseChange;
  }[];
  /** The schema.org Dataset, ready for a <script type="application/ld+json">. */
  jsonLd: string;
  /** The files for programs: address, the path shown, and the key of what it is. */
  programs: { href: string; shown: string; key: StringKey }[];
  /** What the page advertises in its head: the releases feed and the DCAT catalogue. */
  feeds: { atom: string; catalog: string };
}

const TOC = [
  ["versions", "data.releases.title"],
  ["errata", "data.errata.title"],
  ["coherence", "data.consistency.title"],
  ["dictionnaire", "data.dictionary.title"],
  ["indicateurs", "data.metrics.title"],
  ["methode", "data.method.title"],
  ["licence", "data.licence.title"],
  ["programmes", "data.programs.title"],
] as const;

/**
 * The data page in `lang`: every release with its files, citation and
 * changes, the JSON-LD that describes the latest, and the addresses for
 * programs. `site` is the public origin (Astro.site) for absolute URLs.
 */
export function dataPageView(
  data: SiteData,
  lang: Lang,
  site: URL | undefined,
  /** A release's DOI, where one is configured (datasetDoi with the build's environment). */
  doiOf: (version: string) => string | undefined = () => undefined,
): DataPageView {
  const { releases, datasets, dataset, latest } = data;
  const catalog = [...releases].reverse().map(catalogRelease);
  const changes = new Map(
    releaseDiffs(
      releases.map((r) => r.version),
      datasets,
    ).map((d) => [d.to, d]),
  );
  const ds = (v: string) => datasets.get(v) as Dataset;
  const abs = (basedPath: string) => absoluteUrl(basedPath, site);
  const jsonLd = jsonLdScript(
    datasetJsonLd({
      lang,
      country: t(lang, "data.country"),
      description: t(lang, "data.description"),
      pageUrl: abs(dataPath(lang)),
      homeUrl: abs(homePath(lang)),
      toUrl: (path) => abs(href(path)),
      latest: catalog[0] as CatalogRelease,
      dataset,
      firstPublished: releases[0]?.date ?? latest.date,
    }),
  );
  return {
    latest: t(lang, "data.latest", {
      version: latest.version,
      date: formatPartialDate(latest.date, lang),
    }),
    toc: TOC,
    releases: catalog.map((release, i) => {
      const d = changes.get(release.version);
      const doi = doiOf(release.version);
      return {
        release,
        latest: i === 0,
        cited: {
          version: release.version,
          date: release.date,
          url: abs(releasePath(release.version)),
          ...(doi ? { doi } : {}),
        },
        ...(d && {
          change: { from: d.from, to: d.to, diff: d.diff, before: ds(d.from), after: ds(d.to) },
        }),
      };
    }),
    jsonLd,
    programs: [
      { href: dataApiPath("index.json"), shown: "/data/index.json", key: "data.programs.index" },
      {
        href: dataApiPath("versions.json"),
        shown: "/data/versions.json",
        key: "data.programs.versions",
      },
      {
        href: releasePath("latest", "datapackage.json"),
        shown: "/data/latest/",
        key: "data.programs.latest",
      },
      { href: feedPath(lang), shown: `/${lang}/donnees/versions.atom`, key: "data.programs.feed" },
      { href: catalogPath(), shown: "/data/catalog.jsonld", key: "data.programs.catalog" },
    ],
    feeds: {
      atom: feedPath(lang),
      catalog: catalogPath(),
    },
  };
}
