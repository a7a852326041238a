import { z } from "zod";
import { field } from "./field.ts";
import { id, optionalText, plainNumber, requiredText, unit, year } from "./common.ts";

/** How the source qualifies the figure: "plus de 900" is more_than 900. */
export const QUALIFIERS = ["exact", "approx", "more_than", "less_than"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const observationFields = [
  field("id", "string", "Stable id of the observation."),
  field("metric", "string", "The metric observed (metrics.id)."),
  field("site", "string", "The site described (sites.id), or network for all parks together."),
  field("year", "integer", "The year the figure describes."),
  field("value", "number", "The figure as a plain number, in the metric unit."),
  field("unit", "string", "Unit of the value; always the metric unit."),
  field(
    "qualifier",
    "string",
    "How the source qualifies the figure: exact, approx (près de, autour de), more_than (plus de), less_than (moins de).",
    { enum: QUALIFIERS },
  ),
  field("source", "string", "The source quoted (sources.id)."),
  field(
    "quote",
    "string",
    "Shortest verbatim fragment of the source that carries the figure and its qualifier.",
  ),
  field("note", "string", "Scope and caveats.", { required: false }),
];

export const observationRow = z.object({
  id,
  metric: id,
  site: id,
  year,
  value: plainNumber,
  unit,
  qualifier: z.enum(QUALIFIERS, { error: `must be one of ${QUALIFIERS.join(", ")}` }),
  source: id,
  quote: requiredText,
  note: optionalText,
});

export type Observation = z.output<typeof observationRow>;
