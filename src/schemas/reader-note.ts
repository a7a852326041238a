import { column } from "./field.ts";
import { noteText } from "./common.ts";

const LANGS = {
  fr: { fr: "en français", en: "in French", ar: "بالفرنسية" },
  en: { fr: "en anglais", en: "in English", ar: "بالإنجليزية" },
  ar: { fr: "en arabe", en: "in Arabic", ar: "بالعربية" },
} as const;

const note = (lang: keyof typeof LANGS) =>
  column(noteText, {
    type: "string",
    describe: {
      fr: `Note pour le lecteur, ${LANGS[lang].fr} : périmètre et précautions, en nommant éditeurs et titres (jamais d’identifiant interne).`,
      en: `Note for readers, ${LANGS[lang].en}: scope and caveats, naming publishers and titles (never an internal id).`,
      ar: `ملاحظة للقارئ ${LANGS[lang].ar}: النطاق والتحفظات، مع ذكر الناشرين والعناوين (دون أي معرّف داخلي).`,
    },
    required: false,
  });

/**
 * The three note columns of observations and events (from release 2.0.0 on;
 * 1.x had one English `note`): written for readers in each language of the
 * site, so a page shows the note in its own language.
 */
export const readerNotes = () => ({
  note_fr: note("fr"),
  note_en: note("en"),
  note_ar: note("ar"),
});
