import { fill, INTL_LOCALE, PLURALS, type Lang, type PluralKey } from "../../i18n/index.ts";
import { formatNumber } from "./format.ts";

const rules = new Map<Lang, Intl.PluralRules>();

/** The plural category of `count` in `lang` (Intl.PluralRules): Arabic has six, French and English fewer. */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(INTL_LOCALE[lang])));
  return r.select(count);
}

/**
 * The string `key` for `count` items in `lang`: its exact form for that
 * count ("=3", as in ICU messages: "les trois chiffres"), else the form of
 * its plural category, else the `other` form, with `{n}` the count
 * formatted for the language ("1 ajoutée", "2 ajoutées", "صفان مضافان")
 * and any other `{name}` from `vars`.
 */
export function tCount(
  lang: Lang,
  key: PluralKey,
  count: number,
  vars: Record<string, string | number> = {},
): string {
  const forms = PLURALS[lang][key];
  const template = forms[`=${count}`] ?? forms[pluralCategory(lang, count)] ?? forms.other;
  return fill(template, { ...vars, n: formatNumber(count, lang) }, `tCount(${lang}, ${key})`);
}
