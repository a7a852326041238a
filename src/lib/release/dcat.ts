import { LANGS, type Lang } from "../../i18n/index.ts";
import type { Dataset } from "../data/dataset.ts";
import { DATASET_AUTHOR, DATASET_TITLE, LICENCE } from "../format/citation.ts";
import { allFiles, type CatalogFile, type CatalogRelease } from "./data-catalog.ts";
import { temporalCoverage } from "./data-jsonld.ts";

/**
 * The catalogue of the datasets in DCAT (the DCAT-AP profile that European
 * and CKAN portals harvest, data.gov.ma among them), as JSON-LD: the dataset
 * as a whole, whose files are the latest release's, and each release as a
 * version of it with its own files, each file with its media type, size,
 * SHA-256 and licence. The context is inline so that no reader needs the
 * network to expand it.
 */

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  spdx: "http://spdx.org/rdf/terms#",
  owl: "http://www.w3.org/2002/07/owl#",
  adms: "http://www.w3.org/ns/adms#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const EU = "http://publications.europa.eu/resource/authority/";
const LANGUAGE: Record<Lang, string> = { fr: "FRA", en: "ENG", ar: "ARA" };
const FILE_TYPE: Record<CatalogFile["format"], string | undefined> = {
  csv: "CSV",
  "excel-csv": "CSV",
  json: "JSON",
  datapackage: "JSON",
  zip: "ZIP",
  readme: "TXT",
  licence: "TXT",
  citation: undefined,
  archive: "JSON",
  checksums: undefined,
};

export interface DcatRelease {
  catalog: CatalogRelease;
  dataset: Dataset;
}

export interface DcatInput {
  /** Absolute URL of this catalogue document. */
  catalogUrl: string;
  /** Absolute URLs of the home page and of the data page in each language. */
  homeUrl: string;
  dataPageUrl: Record<Lang, string>;
  /** Where readers report problems and reach the publisher. */
  contactUrl: string;
  /** The dataset's description in each language. */
  description: Record<Lang, string>;
  /** Absolute URL of a site path without base ("data/1.1.0/x.csv"). */
  toUrl: (path: string) => string;
  /** Every release, oldest first. */
  releases: readonly DcatRelease[];
}

const typed = (value: string | number, type: string) => ({
  "@value": String(value),
  "@type": type,
});
const inLanguages = (texts: Record<Lang, string>) =>
  LANGS.map((lang) => ({ "@value": texts[lang], "@language": lang }));

/** ISO 8601 "2001/2016" as a DCAT period of time. */
function period(interval: string) {
  const [start, end] = interval.split("/");
  return {
    "@type": "dct:PeriodOfTime",
    "dcat:startDate": typed(start ?? "", "xsd:gYear"),
    "dcat:endDate": typed(end ?? start ?? "", "xsd:gYear"),
  };
}

function distribution(i: DcatInput, version: string, f: CatalogFile) {
  const url = i.toUrl(f.path);
  const fileType = FILE_TYPE[f.format];
  return {
    "@id": url,
    "@type": "dcat:Distribution",
    "dct:title": f.table ? `${f.table} (${f.format}), ${version}` : `${f.name}, ${version}`,
    "dcat:accessURL": { "@id": url },
    "dcat:downloadURL": { "@id": url },
    "dcat:mediaType": { "@id": `https://www.iana.org/assignments/media-types/${f.mediatype}` },
    ...(fileType ? { "dct:format": { "@id": `${EU}file-type/${fileType}` } } : {}),
    ...(f.format === "datapackage"
      ? { "dct:conformsTo": { "@id": "https://specs.frictionlessdata.io/tabular-data-package/" } }
      : {}),
    "dcat:byteSize": typed(f.bytes, "xsd:nonNegativeInteger"),
    "spdx:checksum": {
      "@type": "spdx:Checksum",
      "spdx:algorithm": { "@id": "spdx:checksumAlgorithm_sha256" },
      "spdx:checksumValue": typed(f.sha256, "xsd:hexBinary"),
    },
    "dct:license": { "@id": LICENCE.url },
  };
}

/** What the whole dataset and each of its versions share. */
function common(i: DcatInput, dataset: Dataset) {
  return {
    "dct:description": inLanguages(i.description),
    "dct:publisher": { "@id": `${i.homeUrl}#publisher` },
    "dcat:contactPoint": {
      "@type": "vcard:Organization",
      "vcard:fn": DATASET_AUTHOR,
      "vcard:hasURL": { "@id": i.contactUrl },
    },
    "dct:license": { "@id": LICENCE.url },
    "dct:accessRights": { "@id": `${EU}access-right/PUBLIC` },
    "dct:language": LANGS.map((l) => ({
      "@id": `${EU}language/${LANGUAGE[l]}`,
    })),
    "dcat:theme": { "@id": `${EU}data-theme/ECON` },
    "dcat:keyword": ["Technopark", "Maroc", "Morocco", "MITC", "TIC", "ICT", "start-up"],
    "dct:spatial": { "@id": `${EU}country/MAR` },
    "dct:temporal": period(temporalCoverage(dataset)),
    "dcat:landingPage": LANGS.map((l) => ({
      "@id": i.dataPageUrl[l],
    })),
  };
}

/** The DCAT catalogue as a JSON-LD document. Throws without a release. */
export function dcatCatalog(i: DcatInput): Record<string, unknown> {
  const latest = i.releases[i.releases.length - 1];
  if (!latest) throw new Error("dcatCatalog: no release to describe");
  const first = i.releases[0] ?? latest;
  const seriesId = `${i.catalogUrl}#dataset`;
  const releaseId = (r: DcatRelease) => i.toUrl(`data/${r.catalog.version}/`);
  const files = (r: DcatRelease) =>
    allFiles(r.catalog)
      .filter((f) => FILE_TYPE[f.format])
      .map((f) => distribution(i, r.catalog.version, f));

  const versions = i.releases.map((r) => ({
    "@id": releaseId(r),
    "@type": "dcat:Dataset",
    "dct:title": `${DATASET_TITLE} ${r.catalog.version}`,
    "dct:identifier": releaseId(r),
    "owl:versionInfo": r.catalog.version,
    "adms:versionNotes": r.catalog.note,
    "dct:isVersionOf": { "@id": seriesId },
    "dct:issued": typed(r.catalog.date, "xsd:date"),
    ...common(i, r.dataset),
    "dcat:distribution": files(r),
  }));

  return {
    "@context": DCAT_CONTEXT,
    "@id": i.catalogUrl,
    "@type": "dcat:Catalog",
    "dct:title": DATASET_TITLE,
    "dct:description": inLanguages(i.description),
    "dct:publisher": {
      "@id": `${i.homeUrl}#publisher`,
      "@type": "foaf:Agent",
      "foaf:name": DATASET_AUTHOR,
    },
    "foaf:homepage": { "@id": i.homeUrl },
    "dct:license": { "@id": LICENCE.url },
    "dct:modified": typed(latest.catalog.date, "xsd:date"),
    "dcat:dataset": [
      {
        "@id": seriesId,
        "@type": "dcat:Dataset",
        "dct:title": DATASET_TITLE,
        "dct:identifier": seriesId,
        "owl:versionInfo": latest.catalog.version,
        "dct:issued": typed(first.catalog.date, "xsd:date"),
        "dct:modified": typed(latest.catalog.date, "xsd:date"),
        ...common(i, latest.dataset),
        "dct:hasVersion": versions.map((v) => ({ "@id": v["@id"] })),
        "dcat:distribution": files(latest),
      },
      ...versions,
    ],
  };
}
