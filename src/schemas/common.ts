import { z } from "zod";
import { canonicalNumberText, plainNumberText } from "./number-text.ts";
import { parsePartialDate } from "./partial-date.ts";

/** Inclusive bounds for any year the data may describe. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Lower-case slug used for every id and every reference to one. */
export const id = z
  .string()
  .min(1, { message: "is empty", abort: true })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be a lower-case id (a-z, 0-9, '.', '_', '-')");

/** Longest note, in characters: a note is a caveat, not an essay. */
export const NOTE_MAX = 500;

const FORMULA = /^[=+@]/;

/**
 * What is wrong with the layout of a text cell, or undefined. A cell that
 * starts with =, + or @ would run as a formula in a spreadsheet; the
 * published CSV carries text exactly, so such text is refused at the source
 * instead. ("-" is allowed: "-2+3" is a plausible note, and only the Excel
 * variant neutralises it.) The characters a cell may hold (bidi controls,
 * control characters, zero-width spaces…) are checked in every cell of
 * every column by src/lib/data/text-rules.ts, their one home.
 */
export function textProblem(s: string, opts: { multiline?: boolean } = {}): string | undefined {
  if (s.includes("\r") || (!opts.multiline && s.includes("\n")))
    return "contains a line break: write the text on one line";
  const formula = FORMULA.exec(s)?.[0];
  if (formula)
    return `starts with "${formula}", which spreadsheets run as a formula (rule: no text cell starts with =, + or @)`;
  if (s.trim() !== s) return "has leading or trailing spaces";
  return undefined;
}

const checkText =
  (opts: { multiline?: boolean } = {}) =>
  (s: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = textProblem(s, opts);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };

/** One line of text, never empty: names, labels, titles, quotes. */
export const requiredText = z
  .string()
  .min(1, { message: "is empty", abort: true })
  .superRefine(checkText());

/** One line of text that may be empty (an author not named). */
export const optionalText = z.string().superRefine(checkText());

/** A note: may be empty, may run over several lines (LF), at most NOTE_MAX characters. */
export const noteText = z
  .string()
  .superRefine(checkText({ multiline: true }))
  .refine((s) => s.length <= NOTE_MAX, {
    message: `is longer than ${NOTE_MAX} characters: keep the note to the caveat`,
  });

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
 * Why a written figure cannot be stored exactly, or undefined. Plain digits
 * only: thousands separators ("1,500", "1 500", "1.500.000") are refused
 * rather than guessed at, because "1,500" is 1.5 in French. A figure is a
 * count, an amount or a share, never negative. It must survive the trip to a
 * JavaScript number and back: 400 digits would become Infinity (written
 * "Infinity" in CSV, null in JSON) and 2^53 + 1 would be rounded.
 */
export function numberProblem(s: string): string | undefined {
  if (/^-\d+(\.\d+)?$/.test(s)) return "is negative: a figure is never below 0";
  if (!/^\d+(\.\d+)?$/.test(s))
    return "must be a plain number (digits, '.' for decimals, no thousands separators)";
  const n = Number(s);
  if (!Number.isFinite(n)) return "is too large to be stored as a number";
  const stored = plainNumberText(n);
  if (stored !== canonicalNumberText(s))
    return `would be stored rounded, as ${stored}: keep to 15 significant digits`;
  return undefined;
}

/** A plain number (see numberProblem), turned into a number. */
export const plainNumber = z
  .string()
  .superRefine((s, ctx) => {
    const problem = numberProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform(Number);

/** A plain number that may be left empty (only a range has an upper bound): "" is undefined. */
export const optionalNumber = z
  .string()
  .superRefine((s, ctx) => {
    const problem = s === "" ? undefined : numberProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((s) => (s === "" ? undefined : Number(s)));

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

/** A year that may be left empty (a figure that is not a period has no start): "" is undefined. */
export const optionalYear = z.union([z.literal("").transform(() => undefined), year], {
  error: "must be a four-digit year, or empty",
});

/**
 * A GeoNames feature id ("2553604"), or "" when no place is given: a
 * whole number without leading zeros, turned into a number.
 */
export const optionalGeonamesId = z.union(
  [
    z.literal("").transform(() => undefined),
    z
      .string()
      .regex(/^[1-9]\d{0,9}$/)
      .transform(Number),
  ],
  { error: "must be a GeoNames id (a whole number such as 2553604), or empty" },
);

/** A GeoNames feature id ("2548885"), required: a place named in the data is always placed. */
export const geonamesId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "must be a GeoNames id (a whole number such as 2548885)")
  .transform(Number);

/**
 * A list of values joined by ";" ("2012;2013", "casablanca;rabat"), kept as
 * written so it round-trips through CSV and JSON unchanged; "" is no value.
 * Each item must match `item`, and none may repeat.
 */
const joinedList = (item: RegExp, what: string) =>
  z.string().superRefine((s, ctx) => {
    if (s === "") return;
    const items = s.split(";");
    const bad = items.find((x) => !item.test(x));
    if (bad !== undefined)
      ctx.addIssue({ code: "custom", message: `"${bad}" is not ${what} (items joined by ';')` });
    else if (new Set(items).size !== items.length)
      ctx.addIssue({ code: "custom", message: "names an item twice" });
  });

/** Years joined by ";", or empty: the other years a figure may describe. */
export const yearList = joinedList(/^\d{4}$/, "a four-digit year");

/** Site ids joined by ";", or empty: the parks a network figure covers. */
export const idList = joinedList(/^[a-z0-9][a-z0-9._-]*$/, "a lower-case id");

/** Ids joined by ";", at least one: the rows a row refers to. */
export const requiredIdList = z.string().min(1, { message: "is empty", abort: true }).pipe(idList);

/** The items of a ";"-joined list cell ("" has none). */
export const listItems = (s: string): string[] => (s === "" ? [] : s.split(";"));

/** A single date known to a year, a month or a day (YYYY, YYYY-MM, YYYY-MM-DD): no interval. */
export const datePoint = z.string().superRefine((s, ctx) => {
  if (s.includes("/")) {
    ctx.addIssue({
      code: "custom",
      message: "must be one date (YYYY, YYYY-MM or YYYY-MM-DD), not an interval",
    });
    return;
  }
  const problem = parsePartialDate(s, { min: MIN_YEAR, max: MAX_YEAR }).error;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
