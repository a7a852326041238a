import { t, type Lang } from "../i18n/index.ts";
import { bibtexMisc } from "../lib/format/bibtex.ts";
import { DATASET_AUTHOR } from "../lib/format/citation.ts";
import { doiUrl } from "../lib/release/doi.ts";

/** What a chart is cited by: its title, address and the data version it draws. */
export interface ChartReference {
  slug: string;
  title: string;
  /** Absolute URL of the chart page. */
  url: string;
  version: string;
  /** Release day of that version, YYYY-MM-DD. */
  date: string;
  /** That version's DOI, where one is configured (lib/release/doi.ts). */
  doi?: string;
}

/** A reference to a chart in running text, in the page's language. */
export function chartCitationText(ref: ChartReference, lang: Lang): string {
  const text = t(lang, "chart.cite.text", {
    site: DATASET_AUTHOR,
    title: ref.title,
    version: ref.version,
    url: ref.url,
  });
  return ref.doi ? `${text} ${doiUrl(ref.doi)}` : text;
}

/**
 * A BibTeX @misc entry for a chart at one data version. The key names the
 * chart, the language and the version, so that two versions (or languages)
 * can be cited side by side.
 */
export function chartCitationBibtex(ref: ChartReference, lang: Lang): string {
  return bibtexMisc({
    key: `technopark_en_chiffres_${ref.slug}_${lang}_${ref.version}`,
    author: DATASET_AUTHOR,
    title: ref.title,
    year: ref.date.slice(0, 4),
    version: ref.version,
    url: ref.url,
    ...(ref.doi ? { doi: ref.doi } : {}),
    note: t(lang, "chart.cite.note", { version: ref.version }),
  });
}
