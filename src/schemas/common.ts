import { z } from "zod";
import { parsePartialDate } from "./partial-date.ts";

/** Inclusive bounds for any year the data may describe. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Lower-case slug used for every id and every reference to one. */
export const id = z
  .string()
  .min(1, { message: "is empty", abort: true })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be a lower-case id (a-z, 0-9, '.', '_', '-')");

export const requiredText = z
  .string()
  .min(1, { message: "is empty", abort: true })
  .refine((s) => s.trim() === s, "has leading or trailing spaces");

export const optionalText = z
  .string()
  .refine((s) => s.trim() === s, "has leading or trailing spaces");

/**
 * A year as written in the CSV ("2011"), checked to lie in MIN_YEAR..MAX_YEAR
 * and turned into a number.
 */
export const year = z
  .string()
  .regex(/^\d{4}$/, "must be a four-digit year")
  .transform(Number)
  .refine(
    (y) => y >= MIN_YEAR && y <= MAX_YEAR,
    `must be a year between ${MIN_YEAR} and ${MAX_YEAR}`,
  );

/**
 * A plain number: digits, an optional '.' and decimals, an optional leading
 * '-'. Thousands separators ("1,500", "1 500", "1.500.000") are refused
 * rather than guessed at, because "1,500" is 1.5 in French.
 */
export const plainNumber = z
  .string()
  .regex(
    /^-?\d+(\.\d+)?$/,
    "must be a plain number (digits, '.' for decimals, no thousands separators)",
  )
  .transform(Number);

/**
 * A date known to a year, a month or a day ("2012", "2016-06", "2016-06-15"),
 * or an ISO 8601 interval of two of them ("2011/2012") when only a range is
 * known.
 */
export const partialDate = z.string().superRefine((s, ctx) => {
  const problem = parsePartialDate(s, { min: MIN_YEAR, max: MAX_YEAR }).error;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Whether a date was printed in the source or inferred from its content. */
export const dateBasis = z.enum(["printed", "inferred"], {
  error: "must be 'printed' or 'inferred'",
});

/** A unit code: "companies", "people", "percent", or a currency code such as "MAD". */
export const unit = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must be a unit code such as 'companies' or 'MAD'");
