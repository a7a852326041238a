import { z } from "zod";
import { column } from "./field.ts";
import { id, requiredText, unit } from "./common.ts";
import { labelColumns } from "./shared-columns.ts";

/**
 * stock: a level at a time (companies present); cumulative: a running total
 * since opening; annual: a flow over one year; share: a percentage.
 */
export const METRIC_KINDS = ["stock", "cumulative", "annual", "share"] as const;

/** Units that count things, whose figures are whole numbers (no 900.5 people). */
export const COUNT_UNITS = ["companies", "people", "jobs"] as const;

export const metricRow = z.object({
  id: column(id, {
    type: "string",
    describe: {
      fr: "Identifiant stable de l’indicateur, cité par les observations.",
      en: "Stable id of the metric, cited by observations.",
      ar: "معرّف ثابت للمؤشر، تحيل إليه الملاحظات.",
    },
  }),
  unit: column(unit, {
    type: "string",
    describe: {
      fr: "Unité de toutes les observations de l’indicateur (MAD : dirhams marocains, en unités).",
      en: "Unit of every observation of the metric (MAD: Moroccan dirhams, in units).",
      ar: "وحدة جميع ملاحظات المؤشر (MAD: الدرهم المغربي، بالوحدات).",
    },
  }),
  kind: column(z.enum(METRIC_KINDS, { error: `must be one of ${METRIC_KINDS.join(", ")}` }), {
    type: "string",
    describe: {
      fr: "stock : niveau à une date ; cumulative : total depuis l’ouverture ; annual : flux sur une année ; share : pourcentage.",
      en: "stock: level at a time; cumulative: running total since opening; annual: flow over one year; share: percentage.",
      ar: "stock: مستوى في تاريخ معين؛ cumulative: مجموع متراكم منذ الافتتاح؛ annual: تدفق خلال سنة؛ share: نسبة مئوية.",
    },
    enum: METRIC_KINDS,
  }),
  ...labelColumns(),
  definition_fr: column(requiredText, {
    type: "string",
    describe: {
      fr: "Définition en une ligne, en français.",
      en: "One-line definition in French.",
      ar: "تعريف في سطر واحد بالفرنسية.",
    },
  }),
  definition_en: column(requiredText, {
    type: "string",
    describe: {
      fr: "Définition en une ligne, en anglais.",
      en: "One-line definition in English.",
      ar: "تعريف في سطر واحد بالإنجليزية.",
    },
  }),
  definition_ar: column(requiredText, {
    type: "string",
    describe: {
      fr: "Définition en une ligne, en arabe.",
      en: "One-line definition in Arabic.",
      ar: "تعريف في سطر واحد بالعربية.",
    },
  }),
});

export type Metric = z.output<typeof metricRow>;
