/** BibTeX's special characters in a field value, escaped. */
export const bibtexEscape = (s: string): string => s.replace(/([&%$#_])/g, "\\$1");

/** The fields of a @misc entry, in the order they are written. */
export interface BibtexMisc {
  /** Any text: characters a key may not hold become "_". */
  key: string;
  /** A corporate author, braced whole so styles do not split it into names. */
  author: string;
  title: string;
  year: string;
  version: string;
  url: string;
  /** Written only when given: a version without a DOI has no doi field. */
  doi?: string;
  note: string;
}

/**
 * A BibTeX @misc entry, which every style knows. The title is braced so
 * styles keep its case; `version` is read by biblatex and ignored by classic
 * BibTeX, so callers repeat it in the note. Title and note are escaped; the
 * URL is left as it is (the url field takes it verbatim).
 */
export function bibtexMisc(e: BibtexMisc): string {
  return [
    `@misc{${e.key.replace(/[^\w:]/g, "_")},`,
    `  author = {{${e.author}}},`,
    `  title = {{${bibtexEscape(e.title)}}},`,
    `  year = {${e.year}},`,
    `  version = {${e.version}},`,
    `  url = {${e.url}},`,
    ...(e.doi ? [`  doi = {${e.doi}},`] : []),
    `  note = {${bibtexEscape(e.note)}},`,
    `}`,
  ].join("\n");
}
