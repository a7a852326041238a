import { z } from "zod";
import { column } from "./field.ts";
import { id, optionalText, requiredText } from "./common.ts";

/** The tables a correction may concern: every table but corrections itself. */
export const CORRECTED_TABLES = [
  "sources",
  "sites",
  "metrics",
  "observations",
  "events",
  "places",
] as const;

/** The tables a correction of releases 2.0.0 to 2.1.x could concern: no places yet. */
export const CORRECTED_TABLES_V3 = CORRECTED_TABLES.filter((t) => t !== "places");

/** The column `table`: one of `tables`. */
const tableColumn = <T extends readonly [string, ...string[]]>(tables: T) =>
  column(z.enum(tables, { error: `must be one of ${tables.join(", ")}` }), {
    type: "string",
    describe: {
      fr: "La table de la ligne corrigée.",
      en: "The table of the corrected row.",
      ar: "جدول السطر المصوَّب.",
    },
    enum: tables,
  });

/**
 * What a correction changed besides a cell: `row`, a published row removed
 * (after: the id of the row that replaces it, or empty). A renamed row is
 * recorded as a change of its `id`.
 */
export const ROW_FIELD = "row";

const version = z.string().regex(/^\d+\.\d+\.\d+$/, "must be a release version such as 1.1.0");

/**
 * One corrected field of a row published in an earlier release (errata): a
 * published release never changes, so its corrections are recorded here,
 * shown on the data page and in the diff between releases. Cumulative: a
 * later release keeps the corrections of earlier ones.
 */
export const correctionRow = z.object({
  id: column(id, {
    type: "string",
    describe: {
      fr: "Identifiant stable de la correction.",
      en: "Stable id of the correction.",
      ar: "معرّف ثابت للتصويب.",
    },
  }),
  table: tableColumn(CORRECTED_TABLES),
  row_id: column(id, {
    type: "string",
    describe: {
      fr: "L’identifiant de la ligne telle que publiée.",
      en: "The id of the row as published.",
      ar: "معرّف السطر كما نُشر.",
    },
  }),
  published_in: column(version, {
    type: "string",
    describe: {
      fr: "La première version publiée qui portait la ligne telle que corrigée ici.",
      en: "The first published release that carried the row as corrected here.",
      ar: "أول إصدار منشور تضمّن السطر كما يُصوَّب هنا.",
    },
  }),
  field: column(id, {
    type: "string",
    describe: {
      fr: "La colonne corrigée, ou row pour une ligne retirée.",
      en: "The column corrected, or row for a row removed.",
      ar: "العمود المصوَّب، أو row لسطر محذوف.",
    },
  }),
  before: column(optionalText, {
    type: "string",
    describe: {
      fr: "La valeur publiée, exactement (vide si la colonne n’existait pas dans cette version).",
      en: "The value as published, exactly (empty if the column did not exist in that release).",
      ar: "القيمة كما نُشرت بالضبط (فارغة إن لم يكن العمود موجودًا في ذلك الإصدار).",
    },
    required: false,
  }),
  after: column(optionalText, {
    type: "string",
    describe: {
      fr: "La valeur corrigée, exactement (pour row : l’identifiant de la ligne qui la remplace, ou vide).",
      en: "The corrected value, exactly (for row: the id of the row that replaces it, or empty).",
      ar: "القيمة المصوَّبة بالضبط (بالنسبة لـrow: معرّف السطر الذي يعوّضه، أو فارغ).",
    },
    required: false,
  }),
  reason_fr: column(requiredText, {
    type: "string",
    describe: {
      fr: "Pourquoi, en français.",
      en: "Why, in French.",
      ar: "السبب، بالفرنسية.",
    },
  }),
  reason_en: column(requiredText, {
    type: "string",
    describe: {
      fr: "Pourquoi, en anglais.",
      en: "Why, in English.",
      ar: "السبب، بالإنجليزية.",
    },
  }),
  reason_ar: column(requiredText, {
    type: "string",
    describe: {
      fr: "Pourquoi, en arabe.",
      en: "Why, in Arabic.",
      ar: "السبب، بالعربية.",
    },
  }),
  source: column(id, {
    type: "string",
    describe: {
      fr: "La source qui justifie la correction (sources.id).",
      en: "The source that justifies the correction (sources.id).",
      ar: "المصدر الذي يبرر التصويب (sources.id).",
    },
  }),
});

export type Correction = z.output<typeof correctionRow>;

/** Corrections as published in 2.0.0 to 2.1.x: the same columns, no table places to correct. */
export const correctionRowV3 = correctionRow.extend({
  table: tableColumn(CORRECTED_TABLES_V3 as unknown as readonly [string, ...string[]]),
});
