import type { Lang } from "../../i18n/index.ts";
import { allFiles, type CatalogRelease } from "./data-catalog.ts";
import type { Dataset } from "../data/dataset.ts";
import { DATASET_AUTHOR, DATASET_TITLE, LICENCE } from "../format/citation.ts";
import { localized } from "../format/localize.ts";
import { parsePartialDate } from "../../schemas/partial-date.ts";

export interface JsonLdInput {
  lang: Lang;
  /** Localised name of the country and description of the dataset. */
  country: string;
  description: string;
  /** Absolute URLs: the data page, the home page of the site. */
  pageUrl: string;
  homeUrl: string;
  /** Absolute URL of a site path without base ("data/1.1.0/x.csv"). */
  toUrl: (path: string) => string;
  /** The latest release, its dataset, and the first release's date. */
  latest: CatalogRelease;
  dataset: Dataset;
  firstPublished: string;
}

/**
 * The years the data covers, from the earliest to the latest year of any
 * observation or event (an interval event counts by both ends), as an ISO
 * 8601 interval "2001/2016".
 */
export function temporalCoverage(dataset: Dataset): string {
  const years = [
    ...dataset.observations.map((o) => o.year),
    ...dataset.events.flatMap((e) => {
      const d = parsePartialDate(e.date).value;
      return d ? [d.start.year, d.end?.year ?? d.start.year] : [];
    }),
  ];
  if (years.length === 0) throw new Error("temporalCoverage: the dataset holds no dated row");
  return `${Math.min(...years)}/${Math.max(...years)}`;
}

/**
 * schema.org Dataset describing the latest release for search engines and
 * data portals: version, licence, coverage, creator, the metrics measured,
 * the sources it is based on, and one DataDownload per published file with
 * its SHA-256.
 */
export function datasetJsonLd(i: JsonLdInput): Record<string, unknown> {
  const creator = { "@type": "Organization", name: DATASET_AUTHOR, url: i.homeUrl };
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: DATASET_TITLE,
    description: i.description,
    url: i.pageUrl,
    version: i.latest.version,
    datePublished: i.firstPublished,
    dateModified: i.latest.date,
    inLanguage: ["fr", "en", "ar"],
    license: LICENCE.url,
    isAccessibleForFree: true,
    keywords: ["Technopark", "Maroc", "Morocco", "المغرب", "MITC", "start-up", "TIC", "ICT"],
    creator,
    publisher: creator,
    temporalCoverage: temporalCoverage(i.dataset),
    spatialCoverage: {
      "@type": "Place",
      name: i.country,
      address: { "@type": "PostalAddress", addressCountry: "MA" },
      containsPlace: i.dataset.sites.map((s) => ({
        "@type": "Place",
        name: localized(s, "name", i.lang),
        address: {
          "@type": "PostalAddress",
          addressLocality: localized(s, "city", i.lang),
          addressCountry: "MA",
        },
      })),
    },
    variableMeasured: i.dataset.metrics.map((m) => ({
      "@type": "PropertyValue",
      name: localized(m, "label", i.lang),
      description: localized(m, "definition", i.lang),
      unitText: m.unit,
    })),
    isBasedOn: i.dataset.sources.map((s) => ({
      "@type": "CreativeWork",
      name: s.title,
      url: s.url,
      inLanguage: s.language,
      publisher: { "@type": "Organization", name: s.publisher },
    })),
    distribution: allFiles(i.latest).map((f) => ({
      "@type": "DataDownload",
      name: f.name,
      encodingFormat: f.mediatype,
      contentUrl: i.toUrl(f.path),
      contentSize: `${f.bytes} B`,
      sha256: f.sha256,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, "\\u003c");
}
