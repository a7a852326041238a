import { z } from "zod";
import { column } from "./field.ts";
import { sourceColumn } from "./shared-columns.ts";
import { readerNotes } from "./reader-note.ts";
import { HORIZON_FROM, horizonFrom, horizonText } from "./horizon.ts";
import {
  id,
  idList,
  optionalNumber,
  optionalYear,
  plainNumber,
  requiredText,
  unit,
  year,
  yearList,
} from "./common.ts";

/**
 * How the source qualifies the figure: "plus de 900" is more_than 900,
 * "jusqu’à 40" is at_most 40, "de 30 à 40" is a range from value 30 to
 * value_high 40. (Release 1.x knew the first four only; range came with
 * 2.1.0.)
 */
export const QUALIFIERS = [
  "exact",
  "approx",
  "more_than",
  "less_than",
  "at_most",
  "range",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Whether the year a figure describes is printed in the source or inferred from it. */
export const YEAR_BASES = ["printed", "inferred"] as const;

/** The columns of observations that did not change since release 1.0.0 (see legacy.ts). */
export const observationColumns = {
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
  ...sourceColumn(),
  quote: column(requiredText, {
    type: "string",
    describe: {
      fr: "Le plus court fragment de la source, mot pour mot, qui porte le chiffre et son qualificatif.",
      en: "Shortest verbatim fragment of the source that carries the figure and its qualifier.",
      ar: "أقصر مقطع حرفي من المصدر يحمل الرقم ووصفه.",
    },
  }),
};

export const observationRow = z.object({
  id: observationColumns.id,
  metric: observationColumns.metric,
  site: column(id, {
    type: "string",
    describe: {
      fr: "Le site décrit (sites.id), ou network pour les parcs ensemble : tous ceux ouverts à cette date, sauf si scope en nomme certains.",
      en: "The site described (sites.id), or network for the parks together: every park open at that date, unless scope names some.",
      ar: "الموقع المعني (sites.id)، أو network للفضاءات معًا: كل الفضاءات المفتوحة في ذلك التاريخ، ما لم يحدد scope بعضها.",
    },
  }),
  scope: column(idList, {
    type: "string",
    describe: {
      fr: "Pour un chiffre network qui ne couvre que certains parcs : leurs identifiants (sites.id) séparés par « ; » (au moins deux, pas tous ceux ouverts cette année-là). Vide : tous les parcs ouverts.",
      en: "For a network figure that covers only some parks: their ids (sites.id) joined by ';' (at least two, not every park open that year). Empty: every park open.",
      ar: "بالنسبة لرقم network لا يشمل إلا بعض الفضاءات: معرّفاتها (sites.id) مفصولة بـ«;» (اثنان على الأقل، لا كل الفضاءات المفتوحة تلك السنة). فارغ: كل الفضاءات المفتوحة.",
    },
    required: false,
  }),
  year: column(year, {
    type: "integer",
    describe: {
      fr: "L’année que décrit le chiffre ; pour un chiffre de période, sa dernière année.",
      en: "The year the figure describes; for a period figure, its last year.",
      ar: "السنة التي يصفها الرقم؛ وبالنسبة لرقم يخص فترة، سنتها الأخيرة.",
    },
  }),
  period_start: column(optionalYear, {
    type: "integer",
    describe: {
      fr: "Première année d’un chiffre qui décrit une période (un rythme « Depuis 2007 », de 2007 à l’année de l’énoncé) ; year est alors la dernière. Vide : le chiffre décrit l’année year seule.",
      en: "First year of a figure that describes a period (a rate “Depuis 2007”, from 2007 to the year of the statement); year is then the last. Empty: the figure describes the year alone.",
      ar: "السنة الأولى لرقم يصف فترة (إيقاع «Depuis 2007»، من 2007 إلى سنة التصريح)؛ وتكون year حينها السنة الأخيرة. فارغ: الرقم يصف السنة year وحدها.",
    },
    required: false,
  }),
  year_basis: column(z.enum(YEAR_BASES, { error: "must be 'printed' or 'inferred'" }), {
    type: "string",
    describe: {
      fr: "printed : la source imprime l’année (texte, date de l’article ou adresse web) ; inferred : l’année est déduite, et year_alternatives donne les autres possibles.",
      en: "printed: the source prints the year (text, dateline or web address); inferred: the year is deduced, and year_alternatives gives the other possible ones.",
      ar: "printed: المصدر يطبع السنة (النص أو تاريخ المقال أو العنوان الإلكتروني)؛ inferred: السنة مستنتجة، وتعطي year_alternatives السنوات الممكنة الأخرى.",
    },
    enum: YEAR_BASES,
  }),
  year_alternatives: column(yearList, {
    type: "string",
    describe: {
      fr: "Pour une année déduite, les autres années que le chiffre peut décrire, séparées par « ; ».",
      en: "For an inferred year, the other years the figure may describe, joined by ';'.",
      ar: "بالنسبة لسنة مستنتجة، السنوات الأخرى التي قد يصفها الرقم، مفصولة بـ«;».",
    },
    required: false,
  }),
  value: observationColumns.value,
  value_high: column(optionalNumber, {
    type: "number",
    describe: {
      fr: "Pour une fourchette imprimée par la source (qualifier range, « de 30 à 40 ») : sa borne haute, plus grande que value, qui en est la borne basse. Vide pour tout autre chiffre.",
      en: "For a range the source prints (qualifier range, “de 30 à 40”): its upper bound, greater than value, its lower bound. Empty for every other figure.",
      ar: "بالنسبة لمجال يطبعه المصدر (qualifier range، «de 30 à 40»): حده الأعلى، وهو أكبر من value، حده الأدنى. فارغ لكل رقم آخر.",
    },
    required: false,
  }),
  unit: observationColumns.unit,
  qualifier: column(z.enum(QUALIFIERS, { error: `must be one of ${QUALIFIERS.join(", ")}` }), {
    type: "string",
    describe: {
      fr: "Comment la source qualifie le chiffre : exact, approx (près de, autour de), more_than (plus de), less_than (moins de), at_most (jusqu’à, ne dépasse pas), range (de 30 à 40 : de value à value_high).",
      en: "How the source qualifies the figure: exact, approx (près de, autour de), more_than (plus de), less_than (moins de), at_most (jusqu’à, ne dépasse pas), range (de 30 à 40: from value to value_high).",
      ar: "كيف يصف المصدر الرقم: exact، وapprox (près de، autour de)، وmore_than (plus de)، وless_than (moins de)، وat_most (jusqu’à، لا يتجاوز)، وrange (de 30 à 40: من value إلى value_high).",
    },
    enum: QUALIFIERS,
  }),
  horizon: column(horizonText, {
    type: "string",
    describe: {
      fr: "Pour un taux (indicateur de nature rate), le délai au bout duquel il est mesuré, en durée ISO 8601 : P2Y (2 ans), P18M (18 mois). Un taux sans délai n’est pas un chiffre ; deux délais différents ne font jamais une série. Vide pour tout autre indicateur.",
      en: "For a rate (a metric of kind rate), how long after the start it is measured, as an ISO 8601 duration: P2Y (2 years), P18M (18 months). A rate without its horizon is not a figure; two horizons are never one series. Empty for every other metric.",
      ar: "بالنسبة لنسبة (مؤشر من طبيعة rate)، المدة التي تقاس بعدها، بصيغة ISO 8601: P2Y (سنتان)، P18M (18 شهرا). النسبة بلا مدة ليست رقما، ومدتان مختلفتان لا تشكلان سلسلة واحدة أبدا. فارغ لكل مؤشر آخر.",
    },
    required: false,
  }),
  horizon_from: column(horizonFrom, {
    type: "string",
    describe: {
      fr: "Ce à partir de quoi le délai se compte, selon la source : support (début de l’accompagnement), incubation (début de l’incubation), creation (création de l’entreprise), exit (sortie de l’incubateur). Vide quand la source ne donne que la durée.",
      en: "What the horizon counts from, as the source says: support (start of MITC’s support), incubation (start of incubation), creation (the company’s creation), exit (leaving the incubator). Empty when the source gives the length only.",
      ar: "ما تحتسب منه المدة حسب المصدر: support (بداية المواكبة)، incubation (بداية الاحتضان)، creation (إنشاء الشركة)، exit (مغادرة الحاضنة). فارغ حين لا يذكر المصدر إلا المدة.",
    },
    required: false,
    enum: HORIZON_FROM,
  }),
  source: observationColumns.source,
  quote: observationColumns.quote,
  ...readerNotes(),
});

export type Observation = z.output<typeof observationRow>;
