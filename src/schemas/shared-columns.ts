import { column } from "./field.ts";
import { id, requiredText } from "./common.ts";

/**
 * Columns that several tables share word for word, documented once: a
 * fresh set per call, since column() registers each schema with its docs.
 */
export const labelColumns = () => ({
  label_fr: column(requiredText, {
    type: "string",
    describe: {
      fr: "Libellé en français.",
      en: "Label in French.",
      ar: "التسمية بالفرنسية.",
    },
  }),
  label_en: column(requiredText, {
    type: "string",
    describe: {
      fr: "Libellé en anglais.",
      en: "Label in English.",
      ar: "التسمية بالإنجليزية.",
    },
  }),
  label_ar: column(requiredText, {
    type: "string",
    describe: {
      fr: "Libellé en arabe.",
      en: "Label in Arabic.",
      ar: "التسمية بالعربية.",
    },
  }),
});

/** The source a row quotes (sources.id). */
export const sourceColumn = () => ({
  source: column(id, {
    type: "string",
    describe: {
      fr: "La source citée (sources.id).",
      en: "The source quoted (sources.id).",
      ar: "المصدر المقتبس منه (sources.id).",
    },
  }),
});
