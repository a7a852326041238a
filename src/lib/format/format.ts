import { fill, INTL_LOCALE, PLURALS, t, type Lang } from "../../i18n/index.ts";
import type { Observation } from "../data/dataset.ts";
import { parseHorizon } from "../../schemas/horizon.ts";
import { parsePartialDate, type DatePoint } from "../../schemas/partial-date.ts";

/**
 * Intl's formats for a language and options, each built once and kept:
 * building one costs far more than formatting with it, and the pages and
 * lists format every figure and source date (#27).
 */
function keptFormats<F, O>(make: (locale: string, options: O) => F): (lang: Lang, options: O) => F {
  const kept = new Map<string, F>();
  return (lang, options) => {
    const key = `${lang}|${JSON.stringify(options)}`;
    let format = kept.get(key);
    if (!format) kept.set(key, (format = make(INTL_LOCALE[lang], options)));
    return format;
  };
}

const numberFormat = keptFormats(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
const dateFormat = keptFormats(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

/** "2 000" (fr), "2,000" (en): grouping per language, Western digits. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A value in its unit, without qualifier: "800 millions de dirhams",
 * "10 %", "30 ans", "2 000". Large money amounts use Intl's long compact
 * form only when that form is exact (800 000 000 → "800 millions").
 */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  if (unit === "MAD") {
    const compact = numberFormat(lang, { notation: "compact", compactDisplay: "long" });
    const exact = value >= 1e6 && value % 1e6 === 0;
    return exact
      ? t(lang, "unit.MAD.millions", { value: compact.format(value) })
      : t(lang, "unit.MAD", { value: formatNumber(value, lang) });
  }
  if (unit === "percent") return t(lang, "unit.percent", { value: formatNumber(value, lang) });
  if (unit === "years") return t(lang, "unit.years", { value: formatNumber(value, lang) });
  if (unit === "months") return t(lang, "unit.months", { value: formatNumber(value, lang) });
  if (unit === "m2") return t(lang, "unit.m2", { value: formatNumber(value, lang) });
  if (unit === "MAD_per_m2_month")
    return t(lang, "unit.MAD_per_m2_month", { value: formatNumber(value, lang) });
  return formatNumber(value, lang);
}

/** "2 ans", "18 mois", "سنتين": one part of a horizon, in the plural form its count takes. */
function horizonPart(count: number, key: "horizon.years" | "horizon.months", lang: Lang): string {
  const forms = PLURALS[lang][key];
  const category = new Intl.PluralRules(INTL_LOCALE[lang]).select(count);
  const template = forms[category] ?? forms.other;
  return fill(template, { n: formatNumber(count, lang) }, `horizon(${lang}, ${key})`);
}

/**
 * A horizon in words: "P2Y" is "2 ans", "P18M" "18 mois", "P1Y6M" "1 an
 * et 6 mois" (months are never turned into years: the source's 18 months
 * stay 18 months). Throws for text that is not a horizon, which the
 * validator has already refused.
 */
export function formatHorizon(horizon: string, lang: Lang): string {
  const h = parseHorizon(horizon);
  if (!h) throw new Error(`formatHorizon: "${horizon}" is not an ISO 8601 duration`);
  const parts = [
    ...(h.years ? [horizonPart(h.years, "horizon.years", lang)] : []),
    ...(h.months ? [horizonPart(h.months, "horizon.months", lang)] : []),
  ];
  return parts.length === 2
    ? t(lang, "horizon.and", { a: parts[0] as string, b: parts[1] as string })
    : (parts[0] as string);
}

/**
 * A range's two ends in their unit, the unit said once: "de 3 à 4 mois",
 * "MAD 15 to 20 million", «من 30 إلى 40». What comes before the first digit
 * of both ends (a prefix unit) is kept on the lower one only, what comes
 * after the last digit (a suffix unit) on the upper one only.
 */
function rangeEnds(low: string, high: string): { value: string; high: string } {
  const head = (s: string) => s.slice(0, s.search(/\d/));
  const tail = (s: string) => s.slice(s.search(/\d[^\d]*$/) + 1);
  const lowTail = tail(low);
  const highHead = head(high);
  return {
    value: lowTail && lowTail === tail(high) ? low.slice(0, low.length - lowTail.length) : low,
    high: highHead && highHead === head(low) ? high.slice(highHead.length) : high,
  };
}

/**
 * The figure as the source qualifies it: "plus de 900", "près de 170", a
 * range "de 30 à 40"; a rate with its horizon, since a rate without it is
 * not a figure: "86 % après 2 ans", "90 % après 5 ans d’accompagnement".
 */
export function formatObservation(
  obs: Pick<Observation, "value" | "unit" | "qualifier"> &
    Partial<Pick<Observation, "value_high" | "horizon" | "horizon_from">>,
  lang: Lang,
): string {
  const low = formatQuantity(obs.value, obs.unit, lang);
  const value =
    obs.qualifier === "range" && obs.value_high !== undefined
      ? t(lang, "qualifier.range", rangeEnds(low, formatQuantity(obs.value_high, obs.unit, lang)))
      : t(lang, `qualifier.${obs.qualifier}`, { value: low });
  if (!obs.horizon) return value;
  return t(lang, `horizon.${obs.horizon_from || "none"}`, {
    value,
    duration: formatHorizon(obs.horizon, lang),
  });
}

/** The year a figure describes, or its period's span: "2016", "2001–2011". */
export function figureYear(obs: Pick<Observation, "year" | "period_start">): string {
  return obs.period_start ? `${obs.period_start}–${obs.year}` : String(obs.year);
}

function formatPoint(p: DatePoint, lang: Lang): string {
  const date = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    p.precision === "day"
      ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
      : p.precision === "month"
        ? { month: "long", year: "numeric", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  return dateFormat(lang, opts).format(date);
}

/**
 * A date at the precision it is known: "2012", "juin 2016", "15 juin 2016",
 * or a range "2011 – 2012" for an interval. Never a made-up 1 January.
 */
export function formatPartialDate(text: string, lang: Lang): string {
  const parsed = parsePartialDate(text).value;
  if (!parsed) throw new Error(`formatPartialDate: "${text}" is not a partial date`);
  const start = formatPoint(parsed.start, lang);
  return parsed.end ? `${start} – ${formatPoint(parsed.end, lang)}` : start;
}
