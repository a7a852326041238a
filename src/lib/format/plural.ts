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
 * The string `key` for `count` items in `lang`: the form of its plural
 * category, else the `other` form, with `{n}` the count formatted for the
 * language ("1 ajoutée", "2 ajoutées", "صفان مضافان").
 */
export function tCount(lang: Lang, key: PluralKey, count: number): string {
  const forms = PLURALS[lang][key];
  const template = forms[pluralCategory(lang, count)] ?? forms.other;
  return fill(template, { n: formatNumber(count, lang) }, `tCount(${lang}, ${key})`);
}
