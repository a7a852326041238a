import { z } from "zod";

/**
 * What a rate's horizon counts from, as the source words it: the start of
 * MITC's support («après 5 ans d'accompagnement»), of incubation («après 18
 * mois d'incubation»), the company's creation («après 5 ans d'existence»)
 * or its leaving the incubator («cinq années après avoir quitté
 * l'incubateur»). Empty when the source gives the length only («sur deux
 * ans»).
 */
export const HORIZON_FROM = ["support", "incubation", "creation", "exit"] as const;
export type HorizonFrom = (typeof HORIZON_FROM)[number];

/** A horizon in whole years and months: P2Y is { years: 2, months: 0 }. */
export interface Horizon {
  years: number;
  months: number;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?$/;

/**
 * An ISO 8601 duration in years and months ("P2Y", "P18M", "P1Y6M"), or
 * undefined for any other text. Days, weeks and times are not horizons a
 * source gives for a rate; a zero length is no horizon.
 */
export function parseHorizon(s: string): Horizon | undefined {
  const m = DURATION.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const h = { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0) };
  return h.years + h.months > 0 ? h : undefined;
}

/** A horizon cell: an ISO 8601 duration in years and months, or empty. Kept as written. */
export const horizonText = z.string().superRefine((s, ctx) => {
  if (s !== "" && !parseHorizon(s))
    ctx.addIssue({
      code: "custom",
      message: "must be an ISO 8601 duration in years or months (P2Y, P18M, P1Y6M), or empty",
    });
});

/** A horizon_from cell: one of HORIZON_FROM, or empty (the source gives the length only). */
export const horizonFrom = z.union([z.literal(""), z.enum(HORIZON_FROM)], {
  error: `must be one of ${HORIZON_FROM.join(", ")}, or empty`,
});
