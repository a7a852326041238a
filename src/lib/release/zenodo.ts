import semver from "semver";
import type { Dataset } from "../data/dataset.ts";
import { DATASET_AUTHOR, DATASET_TITLE } from "../format/citation.ts";
import { DATAPACKAGE_DESCRIPTION, KEYWORDS, type ReleaseMeta } from "./datapackage.ts";
import { datasetDoi } from "./doi.ts";
import { releaseRoute } from "../web/routes.ts";

/** The file Zenodo reads a deposit's metadata from, in a release folder and its zip. */
export const ZENODO_FILE = ".zenodo.json";

/** Releases from this version on carry ZENODO_FILE; older ones stay as published. */
export const ZENODO_SINCE = "2.1.0";

export const carriesZenodo = (version: string): boolean => semver.gte(version, ZENODO_SINCE);

/** Where a release stands among others, known only when it is cut. */
export interface ArchiveLinks {
  /** Absolute address of the release's page, when the site's public address is known. */
  releaseUrl?: string;
  /** DOI of the previous release, when it has one. */
  previousDoi?: string;
}

/**
 * The archive links of release `version` from the environment the release
 * tool runs in: SITE_URL and BASE_PATH give the release's page (its folder,
 * /data/<version>/, at the address the site builds it: SITE_URL's origin,
 * then BASE_PATH, as for every page of the site), DATASET_DOI_<previous>
 * the previous release's DOI (doi.ts). Without them, no link: nothing is
 * guessed.
 */
export function archiveLinksFromEnv(
  env: Record<string, string | undefined>,
  version: string,
  previousVersion?: string,
): ArchiveLinks {
  const site = env.SITE_URL?.trim();
  const previousDoi = previousVersion ? datasetDoi(previousVersion, env) : undefined;
  // The site's pages are at base + route from the origin (href() and
  // absoluteUrl() in src/lib/web): a path in SITE_URL is not part of them.
  const base = `/${(env.BASE_PATH ?? "").trim().replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return {
    ...(site ? { releaseUrl: new URL(base + releaseRoute(version), site).href } : {}),
    ...(previousDoi ? { previousDoi } : {}),
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/**
 * The deposit metadata Zenodo reads from ZENODO_FILE (its legacy deposit
 * API's `metadata` object), so that publishing the release's zip gives it a
 * DOI without retyping: title, upload type, version, date, licence
 * (Zenodo's id cc-by-4.0), creators, keywords, a description (HTML: the
 * dataset and the release note) and the related identifiers in `links`.
 * The sources quoted are listed as references.
 */
export function zenodoMetadata(
  dataset: Pick<Dataset, "sources">,
  meta: ReleaseMeta,
  links: ArchiveLinks = {},
): object {
  const related = [
    ...(links.releaseUrl
      ? [
          {
            identifier: links.releaseUrl,
            relation: "isIdenticalTo",
            resource_type: "dataset",
            scheme: "url",
          },
        ]
      : []),
    ...(links.previousDoi
      ? [
          {
            identifier: links.previousDoi,
            relation: "isNewVersionOf",
            resource_type: "dataset",
            scheme: "doi",
          },
        ]
      : []),
  ];
  return {
    upload_type: "dataset",
    title: `${DATASET_TITLE} ${meta.version}`,
    version: meta.version,
    publication_date: meta.date,
    creators: [{ name: DATASET_AUTHOR }],
    description: [DATAPACKAGE_DESCRIPTION, meta.note]
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join(""),
    access_right: "open",
    license: "cc-by-4.0",
    keywords: [...KEYWORDS],
    language: "fra",
    ...(related.length > 0 ? { related_identifiers: related } : {}),
    references: dataset.sources.map((s) => `${s.publisher}: ${s.title}. ${s.url}`),
  };
}
