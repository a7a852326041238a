import { ar, arPlurals } from "./ar.ts";
import { en, enPlurals } from "./en.ts";
import { fr, frPlurals, type PluralForms, type PluralKey, type StringKey } from "./fr.ts";

/** Languages in the order the site offers them; French first. */
export const LANGS = ["fr", "en", "ar"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fr";

export const STRINGS: Record<Lang, Record<StringKey, string>> = { fr, en, ar };
/** Strings that vary with a count, by language; `tCount` (src/lib/format/plural.ts) picks the form. */
export const PLURALS: Record<Lang, Record<PluralKey, PluralForms>> = {
  fr: frPlurals,
  en: enPlurals,
  ar: arPlurals,
};

/** Locale for Intl. Arabic as in Morocco: Western digits (latn). */
export const INTL_LOCALE: Record<Lang, string> = {
  fr: "fr-FR",
  en: "en-GB",
  ar: "ar-MA-u-nu-latn",
};
export const DIRECTION: Record<Lang, "ltr" | "rtl"> = { fr: "ltr", en: "ltr", ar: "rtl" };

/** Writing direction of any language code (a source's language may be one we do not serve). */
export function directionOf(language: string): "ltr" | "rtl" {
  return ["ar", "fa", "he", "ur", "yi"].includes(language.split("-")[0] ?? "") ? "rtl" : "ltr";
}

export function isLang(s: string | undefined): s is Lang {
  return (LANGS as readonly string[]).includes(s ?? "");
}

/** A route's [lang] parameter as a Lang: a page built for any other value is a bug, and stops the build. */
export function langParam(param: string | undefined): Lang {
  if (!isLang(param))
    throw new Error(`[lang] is ${JSON.stringify(param)}, not one of ${LANGS.join(", ")}`);
  return param;
}

/** Whether `key`, built at run time ("data.table.<name>"), names a UI string. */
export function isStringKey(key: string): key is StringKey {
  return Object.hasOwn(STRINGS.fr, key);
}

/**
 * The UI string `key` in `lang`, with `{name}` placeholders filled from
 * `vars`. Throws on a missing string or value, so a gap fails the build
 * instead of showing a key to a reader.
 */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const template = STRINGS[lang][key];
  if (template === undefined) throw new Error(`t(${lang}, ${key}): no such string`);
  return fill(template, vars, `t(${lang}, ${key})`);
}

/** `template` with its `{name}` placeholders filled; throws, naming `where`, on a missing value. */
export function fill(
  template: string,
  vars: Record<string, string | number>,
  where: string,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`${where}: no value for {${name}}`);
    return String(v);
  });
}

export type { PluralForms, PluralKey, StringKey };
