import { z } from "zod";
import { column } from "./field.ts";
import { dateBasis, id, noteText, optionalText, partialDate, requiredText } from "./common.ts";
import { httpUrl } from "./url.ts";

/**
 * Languages a source may be written in: those the site marks up (lang and
 * dir attributes, fonts), as BCP 47 tags.
 */
export const SOURCE_LANGUAGES = ["fr", "en", "ar"] as const;

export const sourceRow = z.object({
  id: column(id, {
    type: "string",
    describe: {
      fr: "Identifiant stable de la source, cité par les observations et les événements.",
      en: "Stable id of the source, cited by observations and events.",
      ar: "معرّف ثابت للمصدر، تحيل إليه الملاحظات والأحداث.",
    },
  }),
  title: column(requiredText, {
    type: "string",
    describe: {
      fr: "Titre tel que publié.",
      en: "Title as published.",
      ar: "العنوان كما نُشر.",
    },
  }),
  publisher: column(requiredText, {
    type: "string",
    describe: {
      fr: "Qui l’a publié.",
      en: "Who published it.",
      ar: "الجهة الناشرة.",
    },
  }),
  author: column(optionalText, {
    type: "string",
    describe: {
      fr: "Auteur, quand il est nommé.",
      en: "Author, when named.",
      ar: "المؤلف، إن ذُكر اسمه.",
    },
    required: false,
  }),
  published: column(partialDate, {
    type: "string",
    describe: {
      fr: "Date de publication : AAAA, AAAA-MM, AAAA-MM-JJ, ou un intervalle ISO 8601 comme 2011/2012 quand seule une période est connue.",
      en: "Publication date: YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 interval such as 2011/2012 when only a range is known.",
      ar: "تاريخ النشر: YYYY أو YYYY-MM أو YYYY-MM-DD، أو مجال ISO 8601 مثل 2011/2012 عندما لا تُعرف إلا فترة.",
    },
  }),
  published_basis: column(dateBasis, {
    type: "string",
    describe: {
      fr: "printed : la date est imprimée sur le document ; inferred : déduite de son contenu.",
      en: "printed: the date is printed on the document; inferred: deduced from its content.",
      ar: "printed: التاريخ مطبوع على الوثيقة؛ inferred: مستنتج من محتواها.",
    },
    enum: ["printed", "inferred"],
  }),
  url: column(httpUrl, {
    type: "string",
    describe: {
      fr: "Adresse web du document.",
      en: "Web address of the document.",
      ar: "العنوان الإلكتروني للوثيقة.",
    },
  }),
  language: column(
    z.enum(SOURCE_LANGUAGES, {
      error: `must be a language the site can mark up: ${SOURCE_LANGUAGES.join(", ")}`,
    }),
    {
      type: "string",
      describe: {
        fr: "Langue du document (ISO 639-1).",
        en: "Language of the document (ISO 639-1).",
        ar: "لغة الوثيقة (ISO 639-1).",
      },
    },
  ),
  note: column(noteText, {
    type: "string",
    describe: {
      fr: "Ce qu’il faut savoir de la source.",
      en: "What to know about the source.",
      ar: "ما ينبغي معرفته عن المصدر.",
    },
    required: false,
  }),
});

export type Source = z.output<typeof sourceRow>;
