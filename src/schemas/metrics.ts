import { z } from "zod";
import { column } from "./field.ts";
import { id, requiredText, unit } from "./common.ts";
import { labelColumns } from "./shared-columns.ts";

/**
 * stock: a level at a time (companies present); cumulative: a running total
 * since opening; annual: a flow over one year; share: a percentage; rate: a
 * percentage of companies after a horizon (each figure says which, in
 * observations.horizon); target: the value a plan sets for a later year
 * (the only figures whose year may come after their source); facility: a
 * property of a site's premises or project (capacity, floor area, cost),
 * which a source may state before the site opened. Release 2.0.0 knew the
 * first four only (legacy.ts).
 */
export const METRIC_KINDS = [
  "stock",
  "cumulative",
  "annual",
  "share",
  "rate",
  "target",
  "facility",
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** Kinds whose unit is always percent. */
export const PERCENT_KINDS: readonly MetricKind[] = ["share", "rate"];

/** Units that count things, whose figures are whole numbers (no 900.5 people, no 4.5 sites). */
export const COUNT_UNITS = ["companies", "people", "jobs", "sites", "cities", "regions"] as const;

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
      fr: "stock : niveau à une date ; cumulative : total depuis l’ouverture ; annual : flux sur une année ; share : pourcentage ; rate : pourcentage d’entreprises au bout d’un délai (observations.horizon) ; target : valeur qu’un plan fixe pour une année à venir ; facility : capacité, surface ou coût d’un site ou de son projet.",
      en: "stock: level at a time; cumulative: running total since opening; annual: flow over one year; share: percentage; rate: percentage of companies after a horizon (observations.horizon); target: value a plan sets for a later year; facility: capacity, area or cost of a site or its project.",
      ar: "stock: مستوى في تاريخ معين؛ cumulative: مجموع متراكم منذ الافتتاح؛ annual: تدفق خلال سنة؛ share: نسبة مئوية؛ rate: نسبة الشركات بعد مدة (observations.horizon)؛ target: قيمة يحددها مخطط لسنة مقبلة؛ facility: طاقة موقع أو مساحته أو كلفته أو كلفة مشروعه.",
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
