import type { Lang } from "../../i18n/index.ts";

/** A note as shown to a reader: its text and the language it is written in. */
export interface ReaderNote {
  text: string;
  lang: Lang;
}

/**
 * The note of a figure or event for a reader of `lang`: in that language
 * when the data has it, else in English (releases 1.x have English notes
 * only), else in whichever language is written; undefined for no note. The
 * page marks the text up in the language it is in.
 */
export function readerNote(
  row: { note_fr: string; note_en: string; note_ar: string },
  lang: Lang,
): ReaderNote | undefined {
  for (const l of [lang, "en", "fr", "ar"] as const) {
    const text = row[`note_${l}`];
    if (text !== "") return { text, lang: l };
  }
  return undefined;
}
