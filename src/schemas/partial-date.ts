/** How precisely a date is known. */
export type Precision = "year" | "month" | "day";

export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** A date as published: one point, or an interval when only a range is known. */
export interface PartialDate {
  text: string;
  start: DatePoint;
  /** Present for intervals ("2011/2012"). */
  end?: DatePoint;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const FORM = "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (or an interval A/B of them)";

function parsePoint(s: string, bounds: { min: number; max: number }): DatePoint | string {
  const m = POINT.exec(s);
  if (!m) return FORM;
  const year = Number(m[1]);
  if (year < bounds.min || year > bounds.max)
    return `has a year outside ${bounds.min}–${bounds.max}`;
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `has no month ${m[2]}`;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return "is not a real day";
  return { year, month, day, precision: "day" };
}

/** Sort key of a point: its first day. */
export function pointKey(p: DatePoint): string {
  const mm = String(p.month ?? 1).padStart(2, "0");
  const dd = String(p.day ?? 1).padStart(2, "0");
  return `${p.year}-${mm}-${dd}`;
}

/**
 * Parses "2016", "2016-06", "2016-06-15" or an interval "2011/2012".
 * Returns `{ value }` or `{ error }` (an English sentence fragment).
 */
export function parsePartialDate(
  s: string,
  bounds: { min: number; max: number } = { min: 0, max: 9999 },
): { value?: PartialDate; error?: string } {
  if (s === "") return { error: "is empty" };
  const parts = s.split("/");
  // "15/06/2016" is a day written the French way, not a broken interval:
  // say which forms are expected.
  if (parts.length > 2) return { error: FORM };
  const points: DatePoint[] = [];
  for (const part of parts) {
    const p = parsePoint(part, bounds);
    if (typeof p === "string") return { error: p };
    points.push(p);
  }
  const [start, end] = points as [DatePoint, DatePoint | undefined];
  if (end && pointKey(end) <= pointKey(start))
    return { error: "is an interval that does not end after it starts" };
  return { value: end ? { text: s, start, end } : { text: s, start } };
}
