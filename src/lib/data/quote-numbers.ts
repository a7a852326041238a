import { wordNumbers } from "./number-words.ts";

const NUMBER = /\d+(?:[ .,\u00a0\u202f]\d+)*/g;
const SCALE: [RegExp, number][] = [
  [/^\s*(milliards?|billions?)\b/i, 1e9],
  [/^\s*(millions?|MDH|M\s?DH)\b/i, 1e6],
  // Arabic: "700 مليون درهم" (\b knows no Arabic letters).
  [/^\s*(مليار|مليارات|ملايير)(?![\p{L}])/u, 1e9],
  [/^\s*(مليون|ملايين)(?![\p{L}])/u, 1e6],
  // "30 ألف متر مربع" (30 thousand square metres).
  [/^\s*(ألف|آلاف)(?![\p{L}])/u, 1e3],
];

/** Every reading of one written number: "1.500" may be 1500 or 1.5. */
function readings(raw: string): number[] {
  const groups = raw.split(/[ .,\u00a0\u202f]/);
  if (groups.length === 1) return [Number(raw)];
  const out: number[] = [];
  if (groups.slice(1).every((g) => g.length === 3)) out.push(Number(groups.join("")));
  if (groups.length === 2 && /^\d+[.,]\d+$/.test(raw)) out.push(Number(raw.replace(",", ".")));
  return out;
}

/**
 * French approximate numerals: "une cinquantaine" states about 50. Singular
 * only: "des centaines" is vague, not a figure.
 */
const APPROX_WORDS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};
const APPROX_WORD = new RegExp(`\\b(${Object.keys(APPROX_WORDS).join("|")})\\b`, "gi");

/**
 * What a number in a quote is: the figure itself, a year ("en 2011") or a
 * duration ("en 10 ans"). Only a figure can be an observation's value.
 */
export type NumberRole = "figure" | "year" | "duration" | "approx-numeral";

/** One number written in a quote, where it is, and what it is. */
export interface QuoteNumber {
  /** Every value the text may mean (as written, scaled by "millions"). */
  values: number[];
  /** Character offsets of the written number in the quote. */
  start: number;
  end: number;
  text: string;
  role: NumberRole;
}

/** A word that puts a year after it: "en 2011", "depuis 2001", "in 2016", "عام 2015". */
const YEAR_BEFORE = /(?:^|[^\p{L}])(en|in|depuis|since|dès|année|an|fin|début|from|عام|سنة|منذ)\s+$/iu;
/** A unit of time after a number: "10 ans", "5 years", "3 mois". */
const TIME_AFTER = /^\s*(ans|années|mois|jours|semaines|years?|months?|days?|weeks?|سنوات|سنة|عاما|عامًا|أشهر)(?![\p{L}])/iu;
/** A word that makes "<n> ans" a span of time: "en 10 ans", "après 5 ans", "for 3 years". */
const SPAN_BEFORE = /(?:^|[^\p{L}])(en|in|depuis|pendant|durant|après|for|over|after|within|since|خلال|منذ|بعد)\s+$/iu;

/**
 * Every number a quote states, in the order written, read as a French or
 * English reader would: "2.000" and "1 500" are thousands, "1,5" is a
 * decimal, "800 millions" is 800000000, "une cinquantaine" is 50, "trente"
 * is 30 and "un milliard" 1000000000 (number-words.ts); and what
 * each one is, so a year or a duration is not taken for the figure.
 */
export function quoteNumbers(quote: string): QuoteNumber[] {
  const found: QuoteNumber[] = [];
  for (const m of quote.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = quote.slice(0, start);
    const rest = quote.slice(end);
    const values: number[] = [];
    for (const n of readings(m[0])) {
      values.push(n);
      for (const [pattern, factor] of SCALE) if (pattern.test(rest)) values.push(n * factor);
    }
    const isYear = /^\d{4}$/.test(m[0]) && YEAR_BEFORE.test(before);
    const isSpan = TIME_AFTER.test(rest) && SPAN_BEFORE.test(before);
    const role: NumberRole = isYear ? "year" : isSpan ? "duration" : "figure";
    found.push({ values, start, end, text: m[0], role });
  }
  for (const w of wordNumbers(quote)) {
    const span = TIME_AFTER.test(quote.slice(w.end)) && SPAN_BEFORE.test(quote.slice(0, w.start));
    found.push({ values: [w.value], start: w.start, end: w.end, text: w.text, role: span ? "duration" : "figure" });
  }
  for (const m of quote.matchAll(APPROX_WORD)) {
    const start = m.index ?? 0;
    const value = APPROX_WORDS[(m[1] as string).toLowerCase()] as number;
    found.push({ values: [value], start, end: start + m[0].length, text: m[0], role: "approx-numeral" });
  }
  return found;
}

/**
 * The numbers a quote states, each both as written and scaled, so a value
 * stored in units or in millions is found either way (years and durations
 * included: see quoteNumbers for what each one is).
 */
export function numbersInQuote(quote: string): number[] {
  return quoteNumbers(quote).flatMap((n) => n.values);
}

/**
 * Where the quote states `value` as a figure, or why it does not: the value
 * may only be a year or a duration of the quote ("en 2011, 1500 personnes"
 * does not state 2011 people), unless the metric itself counts time.
 */
export function findFigure(
  quote: string,
  value: number,
  opts: { timeUnit?: boolean } = {},
): { found: QuoteNumber[]; notFigure?: QuoteNumber } {
  const matches = quoteNumbers(quote).filter((n) => n.values.includes(value));
  const isFigure = (n: QuoteNumber) =>
    n.role === "figure" || n.role === "approx-numeral" || (opts.timeUnit && n.role === "duration");
  const found = matches.filter(isFigure);
  const notFigure = found.length ? undefined : matches[0];
  return notFigure ? { found, notFigure } : { found };
}
