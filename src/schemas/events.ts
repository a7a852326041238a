import { z } from "zod";
import { column } from "./field.ts";
import { dateBasis, id, partialDate, requiredText } from "./common.ts";
import { readerNotes } from "./reader-note.ts";
import { labelColumns, sourceColumn } from "./shared-columns.ts";

/** Plans and talks (future sites, foreign interest) are `plan`, never `opening`. */
export const EVENT_KINDS = ["opening", "anniversary", "event", "plan"] as const;

/** The columns of events that did not change since release 1.0.0 (see legacy.ts). */
export const eventColumns = {
  id: column(id, {
    type: "string",
    describe: {
      fr: "Identifiant stable de l’événement.",
      en: "Stable id of the event.",
      ar: "معرّف ثابت للحدث.",
    },
  }),
  date: column(partialDate, {
    type: "string",
    describe: {
      fr: "Date connue à l’année, au mois ou au jour (AAAA, AAAA-MM, AAAA-MM-JJ), ou un intervalle ISO 8601 comme 2011/2012.",
      en: "Date known to the year, month or day (YYYY, YYYY-MM, YYYY-MM-DD), or an ISO 8601 interval such as 2011/2012.",
      ar: "تاريخ معروف بالسنة أو الشهر أو اليوم (YYYY أو YYYY-MM أو YYYY-MM-DD)، أو مجال ISO 8601 مثل 2011/2012.",
    },
  }),
  date_basis: column(dateBasis, {
    type: "string",
    describe: {
      fr: "printed : la date est imprimée dans la source ; inferred : déduite de celle-ci.",
      en: "printed: the date is printed in the source; inferred: deduced from it.",
      ar: "printed: التاريخ مطبوع في المصدر؛ inferred: مستنتج منه.",
    },
    enum: ["printed", "inferred"],
  }),
  site: column(id, {
    type: "string",
    describe: {
      fr: "Le site concerné (sites.id), ou network.",
      en: "The site concerned (sites.id), or network.",
      ar: "الموقع المعني (sites.id)، أو network.",
    },
  }),
  kind: column(z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(", ")}` }), {
    type: "string",
    describe: {
      fr: "opening, anniversary, event ou plan (annonces et pourparlers, jamais des ouvertures).",
      en: "opening, anniversary, event, or plan (announcements and talks, never openings).",
      ar: "opening أو anniversary أو event أو plan (إعلانات ومفاوضات، وليست افتتاحات أبدًا).",
    },
    enum: EVENT_KINDS,
  }),
  ...labelColumns(),
  ...sourceColumn(),
  quote: column(requiredText, {
    type: "string",
    describe: {
      fr: "Le plus court fragment de la source, mot pour mot, qui porte l’événement.",
      en: "Shortest verbatim fragment of the source that carries the event.",
      ar: "أقصر مقطع حرفي من المصدر يحمل الحدث.",
    },
  }),
};

export const eventRow = z.object({ ...eventColumns, ...readerNotes() });

export type TimelineEvent = z.output<typeof eventRow>;
