import { t, type Lang } from "../../i18n/index.ts";
import { doiUrl } from "../release/doi.ts";
import { bibtexMisc } from "./bibtex.ts";
import { formatPartialDate } from "./format.ts";

/** The dataset's title and its author: the project that compiles it. */
export const DATASET_TITLE = "Technopark en chiffres";
export const DATASET_AUTHOR = "Équipe Technopark en chiffres";
export const LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export interface CitedVersion {
  version: string;
  /** Release day, YYYY-MM-DD. */
  date: string;
  /** Absolute URL of the version's folder, /data/<version>/. */
  url: string;
  /** The version's DOI, where one is configured (lib/release/doi.ts). */
  doi?: string;
}

/** A reference to one version in running text, in the page's language. */
export function citationText(v: CitedVersion, lang: Lang): string {
  const text = t(lang, "data.cite.text", {
    author: DATASET_AUTHOR,
    title: DATASET_TITLE,
    version: v.version,
    date: formatPartialDate(v.date, lang),
    url: v.url,
  });
  return v.doi ? `${text} ${doiUrl(v.doi)}` : text;
}

/**
 * A BibTeX entry for one version, the note repeating the version. The key
 * names the version, so two versions can be cited side by side.
 */
export function citationBibtex(v: CitedVersion): string {
  return bibtexMisc({
    key: `technopark_en_chiffres_${v.version}`,
    author: DATASET_AUTHOR,
    title: DATASET_TITLE,
    year: v.date.slice(0, 4),
    version: v.version,
    url: v.url,
    ...(v.doi ? { doi: v.doi } : {}),
    note: `Dataset, version ${v.version} of ${v.date}, licence ${LICENCE.id}`,
  });
}
