import { t, type Lang, type StringKey } from "../i18n/index.ts";
import type { SiteData } from "../lib/data/site-data.ts";
import { formatPartialDate } from "../lib/format/format.ts";
import type { CatalogFile } from "../lib/release/data-catalog.ts";
import { datasetJsonLd, jsonLdScript } from "../lib/release/data-jsonld.ts";
import { href } from "../lib/web/paths.ts";
import {
  catalogPath,
  dataApiPath,
  dataPath,
  dictionaryPath,
  feedPath,
  homePath,
  releasePagePath,
  releasePath,
} from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import { TABLE_NAMES } from "../schemas/index.ts";
import { consistencyView, type ConsistencyView } from "./consistency.ts";
import { errataView, type ErrataView } from "./errata.ts";
import { methodologyView, type MethodologyView } from "./methodology.ts";
import { releaseDownloads, releaseViews, type ReleaseView } from "./release-page.ts";

/** A release in the list of versions: its page in the reader's language and its zip. */
export interface ReleaseItem {
  version: string;
  date: string;
  latest: boolean;
  /** Its page in the page's language. */
  page: string;
  zip: CatalogFile;
}

export interface DataPageView {
  /** "Dernière version : 1.1.0, publiée le …". */
  latest: string;
  /** The page's sections, for its table of contents: anchor and title key. */
  toc: readonly (readonly [string, StringKey])[];
  /**
   * The newest release, as the first screen offers it: its zip, the
   * figures as CSV and the data package, and its page (every file with its
   * size and SHA-256, its citation, its changes).
   */
  current: {
    view: ReleaseView;
    page: string;
    downloads: { file: CatalogFile; key: StringKey }[];
  };
  /** Every release, newest first. */
  releases: ReleaseItem[];
  /** The data dictionary's page. */
  dictionary: string;
  /** Its sections: each table's columns, then every metric. */
  dictionaryLinks: { tables: { name: string; href: string }[]; metrics: string };
  /** The schema.org Dataset, ready for a <script type="application/ld+json">. */
  jsonLd: string;
  /** The files for programs: address, the path shown, and the key of what it is. */
  programs: { href: string; shown: string; key: StringKey }[];
  /** What the page advertises in its head: the releases feed and the DCAT catalogue. */
  feeds: { atom: string; catalog: string };
  /** Every correction of a published row. */
  errata: ErrataView;
  consistency: ConsistencyView;
  methodology: MethodologyView;
}

/** Every release of `views`, newest first, one line each, with its page (`pageOf`) and its zip. */
function releaseItems(views: ReleaseView[], pageOf: (version: string) => string): ReleaseItem[] {
  return views.map((v) => ({
    version: v.release.version,
    date: v.release.date,
    latest: v.latest,
    page: pageOf(v.release.version),
    zip: v.release.zip,
  }));
}

/** The files for programs, the same on every data page; the feed is the page language's. */
function dataPrograms(lang: Lang): DataPageView["programs"] {
  return [
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
  ];
}

/**
 * /data/, the folder of every release, in `lang`: the releases newest
 * first, each leading to its folder's page (/data/<version>/), and the
 * files for programs. `site` is the public origin (Astro.site).
 */
export function dataFolderView(
  data: SiteData,
  lang: Lang,
  site: URL | undefined,
): Pick<DataPageView, "releases" | "programs"> {
  return {
    releases: releaseItems(releaseViews(data, site), (version) => releasePath(version)),
    programs: dataPrograms(lang),
  };
}

const TOC = [
  ["versions", "data.releases.title"],
  ["errata", "data.errata.title"],
  ["coherence", "data.consistency.title"],
  ["dictionnaire", "data.dictionary.title"],
  ["methode", "data.method.title"],
  ["licence", "data.licence.title"],
  ["programmes", "data.programs.title"],
] as const;

/**
 * The data page in `lang`: the newest release's downloads first, then every
 * release (each detailed on its own page), the JSON-LD that describes the
 * latest, and the addresses for programs. `site` is the public origin
 * (Astro.site) for absolute URLs.
 */
export function dataPageView(
  data: SiteData,
  lang: Lang,
  site: URL | undefined,
  /** A release's DOI, where one is configured (datasetDoi with the build's environment). */
  doiOf: (version: string) => string | undefined = () => undefined,
): DataPageView {
  const { releases, dataset, latest } = data;
  const views = releaseViews(data, site, doiOf);
  const newest = views[0] as ReleaseView;
  const abs = (basedPath: string) => absoluteUrl(basedPath, site);
  const jsonLd = jsonLdScript(
    datasetJsonLd({
      lang,
      country: t(lang, "data.country"),
      description: t(lang, "data.description"),
      pageUrl: abs(dataPath(lang)),
      homeUrl: abs(homePath(lang)),
      toUrl: (path) => abs(href(path)),
      latest: newest.release,
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
    current: {
      view: newest,
      page: releasePagePath(lang, newest.release.version),
      downloads: releaseDownloads(newest.release),
    },
    releases: releaseItems(views, (version) => releasePagePath(lang, version)),
    dictionary: dictionaryPath(lang),
    dictionaryLinks: {
      tables: TABLE_NAMES.map((name) => ({
        name,
        href: `${dictionaryPath(lang)}#dictionnaire-${name}`,
      })),
      metrics: `${dictionaryPath(lang)}#indicateurs`,
    },
    jsonLd,
    programs: dataPrograms(lang),
    feeds: {
      atom: feedPath(lang),
      catalog: catalogPath(),
    },
    errata: errataView(dataset, lang),
    consistency: consistencyView(dataset, latest.version, lang),
    methodology: methodologyView(dataset, latest.version, lang),
  };
}
