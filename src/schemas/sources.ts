import { z } from "zod";
import { field } from "./field.ts";
import { dateBasis, id, optionalText, partialDate, requiredText } from "./common.ts";

export const sourceFields = [
  field("id", "string", "Stable id of the source, cited by observations and events."),
  field("title", "string", "Title as published."),
  field("publisher", "string", "Who published it."),
  field("author", "string", "Author, when named.", { required: false }),
  field(
    "published",
    "string",
    "Publication date: YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 interval such as 2011/2012 when only a range is known.",
  ),
  field(
    "published_basis",
    "string",
    "printed: the date is printed on the document; inferred: deduced from its content.",
    { enum: ["printed", "inferred"] },
  ),
  field("url", "string", "Web address of the document."),
  field("language", "string", "Language of the document (ISO 639-1)."),
  field("note", "string", "What to know about the source.", { required: false }),
];

export const sourceRow = z.object({
  id,
  title: requiredText,
  publisher: requiredText,
  author: optionalText,
  published: partialDate,
  published_basis: dateBasis,
  url: z.string().regex(/^https?:\/\/\S+$/, "must be an http(s) address"),
  language: z.string().regex(/^[a-z]{2,3}$/, "must be a language code such as 'fr'"),
  note: optionalText,
});

export type Source = z.output<typeof sourceRow>;
