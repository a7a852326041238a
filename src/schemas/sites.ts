import { z } from "zod";
import { column } from "./field.ts";
import { id, requiredText, year } from "./common.ts";

/** The pseudo-site that observations and events use for all parks together. */
export const NETWORK = "network";

export const siteRow = z.object({
  id: column(
    id.refine((s) => s !== NETWORK, `'${NETWORK}' is reserved for all parks together`),
    {
      type: "string",
      describe: {
        fr: "Identifiant stable du site.",
        en: "Stable id of the site.",
        ar: "معرّف ثابت للموقع.",
      },
    },
  ),
  name_fr: column(requiredText, {
    type: "string",
    describe: {
      fr: "Nom en français.",
      en: "Name in French.",
      ar: "الاسم بالفرنسية.",
    },
  }),
  name_en: column(requiredText, {
    type: "string",
    describe: {
      fr: "Nom en anglais.",
      en: "Name in English.",
      ar: "الاسم بالإنجليزية.",
    },
  }),
  name_ar: column(requiredText, {
    type: "string",
    describe: {
      fr: "Nom en arabe.",
      en: "Name in Arabic.",
      ar: "الاسم بالعربية.",
    },
  }),
  city_fr: column(requiredText, {
    type: "string",
    describe: {
      fr: "Ville en français.",
      en: "City in French.",
      ar: "المدينة بالفرنسية.",
    },
  }),
  city_en: column(requiredText, {
    type: "string",
    describe: {
      fr: "Ville en anglais.",
      en: "City in English.",
      ar: "المدينة بالإنجليزية.",
    },
  }),
  city_ar: column(requiredText, {
    type: "string",
    describe: {
      fr: "Ville en arabe.",
      en: "City in Arabic.",
      ar: "المدينة بالعربية.",
    },
  }),
  opened: column(year, {
    type: "integer",
    describe: {
      fr: "Année d’ouverture du site.",
      en: "Year the site opened.",
      ar: "سنة افتتاح الموقع.",
    },
  }),
});

export type Site = z.output<typeof siteRow>;
