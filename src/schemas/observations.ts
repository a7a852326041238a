import { z } from "zod";
import { column } from "./field.ts";
import { id, noteText, plainNumber, requiredText, unit, year } from "./common.ts";

/** How the source qualifies the figure: "plus de 900" is more_than 900. */
export const QUALIFIERS = ["exact", "approx", "more_than", "less_than"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const observationRow = z.object({
  id: column(id, {
    type: "string",
    describe: {
      fr: "Identifiant stable de l’observation.",
      en: "Stable id of the observation.",
      ar: "معرّف ثابت للملاحظة.",
    },
  }),
  metric: column(id, {
    type: "string",
    describe: {
      fr: "L’indicateur observé (metrics.id).",
      en: "The metric observed (metrics.id).",
      ar: "المؤشر الملاحظ (metrics.id).",
    },
  }),
  site: column(id, {
    type: "string",
    describe: {
      fr: "Le site décrit (sites.id), ou network pour tous les parcs ensemble.",
      en: "The site described (sites.id), or network for all parks together.",
      ar: "الموقع المعني (sites.id)، أو network لجميع الفضاءات معًا.",
    },
  }),
  year: column(year, {
    type: "integer",
    describe: {
      fr: "L’année que décrit le chiffre.",
      en: "The year the figure describes.",
      ar: "السنة التي يصفها الرقم.",
    },
  }),
  value: column(plainNumber, {
    type: "number",
    describe: {
      fr: "Le chiffre, en nombre simple, dans l’unité de l’indicateur.",
      en: "The figure as a plain number, in the metric unit.",
      ar: "الرقم عددًا بسيطًا بوحدة المؤشر.",
    },
  }),
  unit: column(unit, {
    type: "string",
    describe: {
      fr: "Unité de la valeur ; toujours celle de l’indicateur.",
      en: "Unit of the value; always the metric unit.",
      ar: "وحدة القيمة، وهي دائمًا وحدة المؤشر.",
    },
  }),
  qualifier: column(z.enum(QUALIFIERS, { error: `must be one of ${QUALIFIERS.join(", ")}` }), {
    type: "string",
    describe: {
      fr: "Comment la source qualifie le chiffre : exact, approx (près de, autour de), more_than (plus de), less_than (moins de).",
      en: "How the source qualifies the figure: exact, approx (près de, autour de), more_than (plus de), less_than (moins de).",
      ar: "كيف يصف المصدر الرقم: exact، وapprox (près de، autour de)، وmore_than (plus de)، وless_than (moins de).",
    },
    enum: QUALIFIERS,
  }),
  source: column(id, {
    type: "string",
    describe: {
      fr: "La source citée (sources.id).",
      en: "The source quoted (sources.id).",
      ar: "المصدر المقتبس منه (sources.id).",
    },
  }),
  quote: column(requiredText, {
    type: "string",
    describe: {
      fr: "Le plus court fragment de la source, mot pour mot, qui porte le chiffre et son qualificatif.",
      en: "Shortest verbatim fragment of the source that carries the figure and its qualifier.",
      ar: "أقصر مقطع حرفي من المصدر يحمل الرقم ووصفه.",
    },
  }),
  note: column(noteText, {
    type: "string",
    describe: {
      fr: "Périmètre et précautions.",
      en: "Scope and caveats.",
      ar: "النطاق والتحفظات.",
    },
    required: false,
  }),
});

export type Observation = z.output<typeof observationRow>;
