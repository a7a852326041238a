import { z } from "zod";
import { field } from "./field.ts";
import { id, requiredText, unit } from "./common.ts";

/**
 * stock: a level at a time (companies present); cumulative: a running total
 * since opening; annual: a flow over one year; share: a percentage.
 */
export const METRIC_KINDS = ["stock", "cumulative", "annual", "share"] as const;

export const metricFields = [
  field("id", "string", "Stable id of the metric, cited by observations."),
  field(
    "unit",
    "string",
    "Unit of every observation of the metric (MAD: Moroccan dirhams, in units).",
  ),
  field(
    "kind",
    "string",
    "stock: level at a time; cumulative: running total since opening; annual: flow over one year; share: percentage.",
    { enum: METRIC_KINDS },
  ),
  field("label_fr", "string", "Label in French."),
  field("label_en", "string", "Label in English."),
  field("label_ar", "string", "Label in Arabic."),
  field("definition_fr", "string", "One-line definition in French."),
  field("definition_en", "string", "One-line definition in English."),
  field("definition_ar", "string", "One-line definition in Arabic."),
];

export const metricRow = z.object({
  id,
  unit,
  kind: z.enum(METRIC_KINDS, { error: `must be one of ${METRIC_KINDS.join(", ")}` }),
  label_fr: requiredText,
  label_en: requiredText,
  label_ar: requiredText,
  definition_fr: requiredText,
  definition_en: requiredText,
  definition_ar: requiredText,
});

export type Metric = z.output<typeof metricRow>;
