import { z } from "zod";
import { column } from "./field.ts";
import { geonamesId, id, requiredIdList, requiredText } from "./common.ts";

/**
 * Places named by plans of the network (release 2.2.0 on): a city where a
 * Technopark was announced, discussed or is being built but none is open,
 * with its names as the plans' own labels write them and its GeoNames id,
 * so the map draws it from the gazetteer, never from coordinates typed in.
 * A park's city is its site's (sites.geonames_id), not a place.
 */
export const placeRow = z.object({
  id: column(id, {
    type: "string",
    describe: {
      fr: "Identifiant stable du lieu.",
      en: "Stable id of the place.",
      ar: "معرّف ثابت للمكان.",
    },
  }),
  name_fr: column(requiredText, {
    type: "string",
    describe: {
      fr: "Nom de la ville en français, tel que l’écrivent les libellés de ses projets.",
      en: "Name of the city in French, as the labels of its plans write it.",
      ar: "اسم المدينة بالفرنسية، كما تكتبه تسميات مشاريعها.",
    },
  }),
  name_en: column(requiredText, {
    type: "string",
    describe: {
      fr: "Nom de la ville en anglais, tel que l’écrivent les libellés de ses projets.",
      en: "Name of the city in English, as the labels of its plans write it.",
      ar: "اسم المدينة بالإنجليزية، كما تكتبه تسميات مشاريعها.",
    },
  }),
  name_ar: column(requiredText, {
    type: "string",
    describe: {
      fr: "Nom de la ville en arabe, tel que l’écrivent les libellés de ses projets.",
      en: "Name of the city in Arabic, as the labels of its plans write it.",
      ar: "اسم المدينة بالعربية، كما تكتبه تسميات مشاريعها.",
    },
  }),
  geonames_id: column(geonamesId, {
    type: "integer",
    describe: {
      fr: "Identifiant GeoNames (geonames.org) de la ville, d’où vient sa position sur la carte.",
      en: "GeoNames (geonames.org) id of the city, from which its position on the map comes.",
      ar: "معرّف GeoNames (geonames.org) للمدينة، ومنه موقعها على الخريطة.",
    },
  }),
  events: column(requiredIdList, {
    type: "string",
    describe: {
      fr: "Les projets (events.id, de type plan) qui nomment la ville, séparés par « ; ».",
      en: "The plans (events.id, of kind plan) that name the city, joined by ';'.",
      ar: "المشاريع (events.id من نوع plan) التي تذكر المدينة، مفصولة بـ«;».",
    },
  }),
});

export type Place = z.output<typeof placeRow>;
