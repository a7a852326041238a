/**
 * Text folded for matching what a reader types against the dataset's words:
 * lower case, no accents or Arabic short vowels, the Arabic letters people
 * write interchangeably made one (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي,
 * no tatweel), typographic apostrophes made plain, Arabic-Indic digits
 * made Western. "Agadir" and "AGADIR", "أكادير" and "اكادير" fold alike.
 */
export function fold(text: string): string {
  return westernDigits(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/ـ/g, "")
    .replace(/[’ʼ‘`]/g, "'");
}

/**
 * Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits as Western
 * ones, the Arabic thousands separator (٬) as a comma and the Arabic
 * decimal separator (٫) as a point: "١٥٠٠" reads 1500. Same length as the
 * input, so offsets into it are offsets into the text.
 */
export function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066c/g, ",")
    .replace(/\u066b/g, ".");
}

/** Arabic prefixes a word may carry: "and", "with the", "for the", "the". */
const AR_PREFIX = /^(?:وال|بال|لل|فال|كال|ال|و|ب)(?=[\p{L}]{3,})/u;

/**
 * The words of `text` as matching keys: folded, Arabic prefixes (و، ب، ال…)
 * cut, a Latin plural's final s cut ("entreprises" is "entreprise",
 * "companies" is "company"); words under four letters are left out
 * (articles, "de", "of", "في").
 */
export function keyWords(text: string): string[] {
  const out: string[] = [];
  for (const [w] of fold(text).matchAll(/[\p{L}]+/gu)) {
    if (w.length < 4) continue;
    const arabic = /[\u0600-\u06ff]/.test(w);
    out.push(arabic ? w.replace(AR_PREFIX, "") : w.replace(/ies$/, "y").replace(/(?<=.{3})s$/, ""));
  }
  return out;
}

/**
 * The key words of the first `count` words after offset `end` of `text`:
 * what a number counts ("1 500 salariés", "150 مقاولة ناشئة").
 */
export function keyWordsAfter(text: string, end: number, count = 3): string[] {
  const words = text.slice(end).match(/[\p{L}\p{M}’'-]+/gu) ?? [];
  return keyWords(words.slice(0, count).join(" "));
}
