import { z } from "zod";
import { field } from "./field.ts";
import { dateBasis, id, optionalText, partialDate, requiredText } from "./common.ts";

/** Plans and talks (future sites, foreign interest) are `plan`, never `opening`. */
export const EVENT_KINDS = ["opening", "anniversary", "event", "plan"] as const;

export const eventFields = [
  field("id", "string", "Stable id of the event."),
  field(
    "date",
    "string",
    "Date known to the year, month or day (YYYY, YYYY-MM, YYYY-MM-DD), or an ISO 8601 interval such as 2011/2012.",
  ),
  field(
    "date_basis",
    "string",
    "printed: the date is printed in the source; inferred: deduced from it.",
    { enum: ["printed", "inferred"] },
  ),
  field("site", "string", "The site concerned (sites.id), or network."),
  field(
    "kind",
    "string",
    "opening, anniversary, event, or plan (announcements and talks, never openings).",
    { enum: EVENT_KINDS },
  ),
  field("label_fr", "string", "Label in French."),
  field("label_en", "string", "Label in English."),
  field("label_ar", "string", "Label in Arabic."),
  field("source", "string", "The source quoted (sources.id)."),
  field("quote", "string", "Shortest verbatim fragment of the source that carries the event."),
  field("note", "string", "Scope and caveats.", { required: false }),
];

export const eventRow = z.object({
  id,
  date: partialDate,
  date_basis: dateBasis,
  site: id,
  kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(", ")}` }),
  label_fr: requiredText,
  label_en: requiredText,
  label_ar: requiredText,
  source: id,
  quote: requiredText,
  note: optionalText,
});

export type TimelineEvent = z.output<typeof eventRow>;
