/**
 * The rules a text written for readers is held to, in one place: cells of
 * data/ (validate-dataset.ts, check-references.ts) and release notes (the
 * release tool). Pure: a text in, plain sentences out.
 *
 * Two levels:
 * - characterProblem: characters no cell of any column may hold (ids and
 *   web addresses included), because they change what readers see, or what
 *   a search finds, without showing themselves;
 * - textProblems: those, plus what a text in a given language must be:
 *   in its own script, not in another language, not a placeholder.
 */

/** The languages of the site, and so of every reader-facing column (`_fr`, `_en`, `_ar`). */
export type TextLang = "fr" | "en" | "ar";

const LANGUAGE_NAME: Record<TextLang, string> = { fr: "French", en: "English", ar: "Arabic" };
const anColumn = (lang: TextLang) => `${lang === "fr" ? "a" : "an"} ${LANGUAGE_NAME[lang]} column`;

/** "U+202E": how a code point is named in every message. */
export const codePoint = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const DIRECTION_MARK = /[\u200E\u200F\u061C]/u;
const SEPARATOR = /[\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/**
 * Noncharacters (U+FDD0–U+FDEF and the last two code points of every plane,
 * U+FFFE and U+FFFF among them) and lone surrogates: never text, often the
 * trace of a broken conversion.
 */
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]|\p{Cs}/u;
/** Zero-width characters that never belong in a cell: spaces, word joiners, a BOM, a soft hyphen. */
const ZERO_WIDTH = /[\u200B\u2060-\u2064\uFEFF\u180E\u00AD]/u;
/** Joiners (U+200C, U+200D) belong only between two letters or marks, where they shape a word. */
const STRAY_JOINER = /(?<![\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}])/u;

/**
 * What is wrong with the characters of a cell, whatever its column, or
 * undefined. An unclosed U+202E prints the year 2090 as "0902"; a
 * zero-width space makes a quote fail the byte-exact search in its source
 * while looking identical.
 */
export function characterProblem(s: string): string | undefined {
  const bidi = BIDI.exec(s)?.[0];
  if (bidi)
    return `contains the invisible bidi control ${codePoint(bidi)}, which reorders what readers see: remove it`;
  const mark = DIRECTION_MARK.exec(s)?.[0];
  if (mark)
    return `contains the invisible direction mark ${codePoint(mark)}: remove it (the site sets each language's direction)`;
  const sep = SEPARATOR.exec(s)?.[0];
  if (sep) return `contains the line separator ${codePoint(sep)}: write the text on one line`;
  const control = CONTROL.exec(s)?.[0];
  if (control) return `contains the control character ${codePoint(control)}: remove it`;
  const nonchar = NONCHARACTER.exec(s)?.[0];
  if (nonchar)
    return `contains ${codePoint(nonchar)}, which is not a character (a broken conversion?): remove it`;
  const zero = ZERO_WIDTH.exec(s)?.[0] ?? STRAY_JOINER.exec(s)?.[0];
  if (zero)
    return `contains the invisible character ${codePoint(zero)}, which readers cannot see and searches do not match: remove it`;
  return undefined;
}

/** Every invisible or control character written as <U+XXXX>: a cell as shown in a message. */
export function showInvisibles(s: string): string {
  return [...s]
    .map((c) => (characterProblem(c) !== undefined ? `<${codePoint(c)}>` : c))
    .join("");
}

/** Placeholders left for later: a note or label that says nothing yet. */
const PLACEHOLDER_WORD = /(?<![\p{L}\p{N}])(?:TODO|TBD|TBC|FIXME|lorem ipsum)(?![\p{L}\p{N}])/iu;
/** "XXX" in capitals only: "xxx" may be part of a quoted name. */
const PLACEHOLDER_MARK = /(?<![\p{L}\p{N}])XXX+(?![\p{L}\p{N}])/u;
/** A whole cell that is only a placeholder: "…", "...", "?", "-", "n/a". */
const PLACEHOLDER_CELL = /^(?:…+|\.{2,}|\?+|[-–—]+|n\/?a|x)$/iu;

/**
 * Quoted material, left out of the script and language counts: a note in
 * Arabic may quote a French title in « » and a French note an Arabic one in
 * [ ] (as the data does); “ ”, ‘ ’ and " " likewise.
 */
const QUOTED = /«[^«»]*»|“[^“”]*”|‘[^‘’]*’|"[^"]*"|\[[^[\]]*\]/gu;

/** The text without its quoted material, innermost quotes first (« … « … » … » nests). */
function unquoted(text: string): string {
  let s = text;
  for (let prev = ""; prev !== s; ) [prev, s] = [s, s.replace(QUOTED, " ")];
  return s;
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
const ARABIC_WORD = /\p{Script=Arabic}+/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;
const LATIN_LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}\p{Script=Latin}*/gu;

/** Words that are frequent in one language and rare in the other two: a cheap language test. */
const FUNCTION_WORDS: Record<"fr" | "en", RegExp> = {
  en: /(?<![\p{L}’'])(?:the|and|of|is|are|was|were|with|which|this|that|from|by|its|has|have|for|not|only|in|at)(?![\p{L}’'])/giu,
  fr: /(?<![\p{L}’'])(?:le|la|les|des|du|de|et|est|une|un|dans|pour|qui|que|pas|sur|au|aux|par|sont|cette|ce|ne|l’|d’|l'|d')(?![\p{L}])/giu,
};

/** "fr" or "en" when a Latin text clearly reads as that language, else undefined. */
function latinLanguage(text: string): "fr" | "en" | undefined {
  const en = count(text, FUNCTION_WORDS.en);
  const fr = count(text, FUNCTION_WORDS.fr);
  if (en >= 2 && en > 2 * fr) return "en";
  if (fr >= 2 && fr > 2 * en) return "fr";
  return undefined;
}

/**
 * Everything wrong with a text written for readers in `lang`, as plain
 * sentences (empty when nothing is). Without `lang`, only the characters and
 * placeholders are checked (a verbatim quote, a title).
 *
 * - an Arabic text is mainly in Arabic script; a French or English text is
 *   not mainly in Arabic script (quoted titles aside);
 * - a French text does not read as English, nor an English one as French
 *   (counted by function words, so short labels and names pass);
 * - no placeholder: TODO, TBD, FIXME, XXX, lorem ipsum, or a cell that is
 *   only "…", "?" or "-".
 */
export function textProblems(text: string, lang?: TextLang): string[] {
  const problems: string[] = [];
  const chars = characterProblem(text);
  if (chars) problems.push(chars);
  const placeholder = (PLACEHOLDER_WORD.exec(text) ?? PLACEHOLDER_MARK.exec(text))?.[0];
  if (placeholder)
    problems.push(`holds the placeholder "${placeholder}": write the text, or leave the cell empty`);
  else if (PLACEHOLDER_CELL.test(text.trim()))
    problems.push(`is only "${text.trim()}", a placeholder: write the text, or leave the cell empty`);
  // A placeholder is told as such, not also as a text in the wrong script.
  if (!lang || problems.length) return problems;
  const own = unquoted(text);
  const arabic = count(own, ARABIC_WORD);
  const latin = count(own, LATIN_WORD);
  const reads = latinLanguage(own);
  if (lang === "ar") {
    // Names of publishers and titles (Challenge, Jeune Afrique, MITC) are
    // Latin in Arabic prose: beside Arabic words, only Latin words that
    // start in lower case count.
    if ((arabic === 0 && latin > 0) || count(own, LATIN_LOWER_WORD) > arabic)
      problems.push(
        `is mainly in Latin script${reads ? ` (it reads as ${LANGUAGE_NAME[reads]})` : ""}: an Arabic column is written in Arabic, with French titles and quotes in « »`,
      );
  } else if (arabic > latin) {
    problems.push(
      `is mainly in Arabic script: ${anColumn(lang)} is written in ${LANGUAGE_NAME[lang]}, with Arabic titles and quotes in [ ] or « »`,
    );
  } else if (reads && reads !== lang) {
    problems.push(
      `reads as ${LANGUAGE_NAME[reads]}: ${anColumn(lang)} is written in ${LANGUAGE_NAME[lang]}`,
    );
  }
  return problems;
}

/** The language of a column named for one (`note_fr`, `label_ar`, `reason_en`), or undefined. */
export function columnLanguage(column: string): TextLang | undefined {
  const m = /_(fr|en|ar)$/.exec(column);
  return m ? (m[1] as TextLang) : undefined;
}
