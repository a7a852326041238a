import { z } from "zod";
import { field } from "./field.ts";
import { id, requiredText, year } from "./common.ts";

/** The pseudo-site that observations and events use for all parks together. */
export const NETWORK = "network";

export const siteFields = [
  field("id", "string", "Stable id of the site."),
  field("name_fr", "string", "Name in French."),
  field("name_en", "string", "Name in English."),
  field("name_ar", "string", "Name in Arabic."),
  field("city_fr", "string", "City in French."),
  field("city_en", "string", "City in English."),
  field("city_ar", "string", "City in Arabic."),
  field("opened", "integer", "Year the site opened."),
];

export const siteRow = z.object({
  id: id.refine((s) => s !== NETWORK, `'${NETWORK}' is reserved for all parks together`),
  name_fr: requiredText,
  name_en: requiredText,
  name_ar: requiredText,
  city_fr: requiredText,
  city_en: requiredText,
  city_ar: requiredText,
  opened: year,
});

export type Site = z.output<typeof siteRow>;
