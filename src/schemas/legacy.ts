import { z } from "zod";
import { column } from "./field.ts";
import { id, noteText, optionalYear, year } from "./common.ts";
import { eventColumns } from "./events.ts";
import { metricRow } from "./metrics.ts";
import { observationColumns, observationRow } from "./observations.ts";
import { siteColumns } from "./sites.ts";

/**
 * The layout of releases 1.0.0 to 1.x, as published: their files are
 * immutable, so the loader reads them by these columns (and descriptions,
 * which their datapackage.json carries) and lifts each row into the current
 * model (src/lib/data/layouts.ts). Only the columns that changed in 2.0.0
 * are written out here; the others are shared with the current schemas.
 * Release 2.0.0 has its own layout too (2): the current model less what
 * 2.1.0 added (rates' horizons, three metric kinds).
 */

/** Metric kinds of 1.x and 2.0.0: rate, target and facility came with 2.1.0. */
export const METRIC_KINDS_V2 = ["stock", "cumulative", "annual", "share"] as const;

/** Metrics as 1.x and 2.0.0 published them: the four kinds they knew. */
export const metricRowV2 = metricRow.extend({
  kind: column(z.enum(METRIC_KINDS_V2, { error: `must be one of ${METRIC_KINDS_V2.join(", ")}` }), {
    type: "string",
    describe: {
      fr: "stock : niveau à une date ; cumulative : total depuis l’ouverture ; annual : flux sur une année ; share : pourcentage.",
      en: "stock: level at a time; cumulative: running total since opening; annual: flow over one year; share: percentage.",
      ar: "stock: مستوى في تاريخ معين؛ cumulative: مجموع متراكم منذ الافتتاح؛ annual: تدفق خلال سنة؛ share: نسبة مئوية.",
    },
    enum: METRIC_KINDS_V2,
  }),
});

/** Qualifiers of 2.0.0: range (with value_high) came with 2.1.0. */
export const QUALIFIERS_V2 = ["exact", "approx", "more_than", "less_than", "at_most"] as const;

/**
 * Observations as 2.0.0 published them: no range and no horizon (both came
 * with 2.1.0), and period_start described with the 2001–2011 example its
 * datapackage.json carries (2.1.0's data corrected those rows).
 */
export const observationRowV2 = observationRow
  .omit({ value_high: true, horizon: true, horizon_from: true })
  .extend({
    period_start: column(optionalYear, {
      type: "integer",
      describe: {
        fr: "Première année d’un chiffre qui décrit une période (une moyenne « chaque année » de 2001 à 2011, un taux « depuis 2007 ») ; year est alors la dernière. Vide : le chiffre décrit l’année year seule.",
        en: "First year of a figure that describes a period (a yearly average “chaque année” over 2001–2011, a rate “depuis 2007”); year is then the last. Empty: the figure describes the year alone.",
        ar: "السنة الأولى لرقم يصف فترة (معدل «كل سنة» بين 2001 و2011، أو نسبة «منذ 2007»)؛ وتكون year حينها السنة الأخيرة. فارغ: الرقم يصف السنة year وحدها.",
      },
      required: false,
    }),
    qualifier: column(
      z.enum(QUALIFIERS_V2, { error: `must be one of ${QUALIFIERS_V2.join(", ")}` }),
      {
        type: "string",
        describe: {
          fr: "Comment la source qualifie le chiffre : exact, approx (près de, autour de), more_than (plus de), less_than (moins de), at_most (jusqu’à, ne dépasse pas).",
          en: "How the source qualifies the figure: exact, approx (près de, autour de), more_than (plus de), less_than (moins de), at_most (jusqu’à, ne dépasse pas).",
          ar: "كيف يصف المصدر الرقم: exact، وapprox (près de، autour de)، وmore_than (plus de)، وless_than (moins de)، وat_most (jusqu’à، لا يتجاوز).",
        },
        enum: QUALIFIERS_V2,
      },
    ),
  });

/** Qualifiers of 1.x: at_most came with 2.0.0. */
export const QUALIFIERS_V1 = ["exact", "approx", "more_than", "less_than"] as const;

const noteV1 = () =>
  column(noteText, {
    type: "string",
    describe: {
      fr: "Périmètre et précautions.",
      en: "Scope and caveats.",
      ar: "النطاق والتحفظات.",
    },
    required: false,
  });

export const siteRowV1 = z.object({
  ...siteColumns,
  opened: column(year, {
    type: "integer",
    describe: {
      fr: "Année d’ouverture du site.",
      en: "Year the site opened.",
      ar: "سنة افتتاح الموقع.",
    },
  }),
});

export const observationRowV1 = z.object({
  id: observationColumns.id,
  metric: observationColumns.metric,
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
  value: observationColumns.value,
  unit: observationColumns.unit,
  qualifier: column(
    z.enum(QUALIFIERS_V1, { error: `must be one of ${QUALIFIERS_V1.join(", ")}` }),
    {
      type: "string",
      describe: {
        fr: "Comment la source qualifie le chiffre : exact, approx (près de, autour de), more_than (plus de), less_than (moins de).",
        en: "How the source qualifies the figure: exact, approx (près de, autour de), more_than (plus de), less_than (moins de).",
        ar: "كيف يصف المصدر الرقم: exact، وapprox (près de، autour de)، وmore_than (plus de)، وless_than (moins de).",
      },
      enum: QUALIFIERS_V1,
    },
  ),
  source: observationColumns.source,
  quote: observationColumns.quote,
  note: noteV1(),
});

export const eventRowV1 = z.object({ ...eventColumns, note: noteV1() });
