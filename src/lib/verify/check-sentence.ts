import { qualifierBefore, QUALIFIER_LEXICON } from "../data/qualifier-lexicon.ts";
import { quoteNumbers } from "../data/quote-numbers.ts";
import type { Qualifier } from "../../schemas/observations.ts";
import { keyWords, keyWordsAfter, westernDigits } from "./fold.ts";

/** One figure as the checker knows it, with what the page shows of it. */
export interface IndexFigure {
  id: string;
  metric: string;
  site: string;
  year: number;
  /** A period's first year. */
  start?: number;
  value: number;
  qualifier: Qualifier;
  /** Its page. */
  href: string;
  /** The value as published, in the page's language: "plus de 900". */
  text: string;
  /** "Entreprises accompagnées depuis l’ouverture — Tout le réseau, 2016". */
  subject: string;
  quote: string;
  /** "H24info, juin 2016". */
  source: string;
}

/**
 * What the checker reads a sentence with, built from one release (see
 * src/views/verify-page.ts): the words that name each site and each metric
 * (keyWords of their names in every language), and every figure.
 */
export interface VerifyIndex {
  sites: { id: string; words: string[] }[];
  /**
   * `label`: words of its labels; `quote`: the words after the figures'
   * numbers in their quotes (what they count: "salariés", "مقاولة"), for
   * when the sentence uses no label word.
   */
  metrics: { id: string; unit: string; label: string[]; quote: string[] }[];
  figures: IndexFigure[];
}

export const VERDICTS = ["match", "qualifier", "number", "none"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One number of the sentence, how it is qualified there, and what the sources say. */
export interface NumberCheck {
  /** As written: "1 500", "trente". */
  text: string;
  /** Its readings ("1.500": 1500 or 1.5; "800 millions": 800 and 800000000). */
  values: number[];
  qualifier: Qualifier;
  verdict: Verdict;
  /** The figure that agrees (match), that has the number (qualifier), the nearest (number). */
  figure?: IndexFigure;
}

/**
 * Units a number must name to be read as one ("10 %", "800 millions de
 * dirhams", "30 ans"), and the words that name them. A number naming none
 * is never compared with figures in these units.
 */
const UNIT_WORDS: Record<string, RegExp> = {
  percent: /^\s*(?:%|٪|pour\s?cent|per\s?cent|percent|في\s?المائة|بالمائة|في\s?المئة|بالمئة)/iu,
  MAD: /^\s*(?:(?:millions?|milliards?|billions?|مليون|ملايين|مليار|مليارات)\s*(?:de\s+|d['’]\s*|of\s+)?)?(?:dirhams?|dhs?|mdh|m\s?dh|mad|درهم|دراهم)(?![\p{L}])/iu,
  years: /^\s*(?:ans|années|years?|سنة|سنوات|عاما|عامًا)(?![\p{L}])/iu,
};

/** A year a sentence names besides the ones quote-numbers knows: "في 2016", "(2016)". */
const YEAR_BEFORE = /(?:(?:^|[^\p{L}])(?:في|à\s+fin|au|of)\s+|\(\s*)$/iu;
const isYearLike = (text: string) => /^(?:19|20)\d\d$/.test(text);

/** Qualifier of a number from the words before it, in whichever language has one. */
function qualifierOf(before: string): Qualifier {
  for (const lang of Object.keys(QUALIFIER_LEXICON)) {
    const { qualifier } = qualifierBefore(before, lang);
    if (qualifier !== "exact") return qualifier;
  }
  return "exact";
}

/** The numbers a sentence states as figures, and the years it names. */
export function readSentence(sentence: string): {
  numbers: {
    text: string;
    values: number[];
    qualifier: Qualifier;
    unit?: string;
    after: string[];
  }[];
  years: number[];
} {
  // Spaces people paste (U+00A0, U+202F) are kept: quote-numbers reads them as thousands separators.
  const text = westernDigits(sentence);
  const years: number[] = [];
  const numbers = [];
  const found = quoteNumbers(text).sort((a, b) => a.start - b.start);
  for (const n of found) {
    const before = text.slice(0, n.start);
    const rest = text.slice(n.end);
    if (n.role === "year" || (isYearLike(n.text) && YEAR_BEFORE.test(before))) {
      years.push(Number(n.text));
      continue;
    }
    if (n.role === "duration" || n.values.length === 0) continue;
    let qualifier = qualifierOf(before);
    if (qualifier === "exact" && n.role === "approx-numeral") qualifier = "approx";
    const unit = Object.keys(UNIT_WORDS).find((u) => UNIT_WORDS[u]?.test(rest));
    const after = keyWordsAfter(text, n.end);
    numbers.push({ text: n.text, values: n.values, qualifier, ...(unit ? { unit } : {}), after });
  }
  return { numbers, years };
}

/** Ids of the entries whose words the sentence uses, the most words first (ties kept). */
function bestByWords<T extends { id: string }>(
  entries: readonly T[],
  words: (e: T) => readonly string[],
  sentence: ReadonlySet<string>,
): Set<string> {
  const scored = entries.map((e) => ({
    id: e.id,
    score: new Set(words(e).filter((w) => sentence.has(w))).size,
  }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return new Set(best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.id));
}

/** Newest first, then the smaller id: one order for every choice among figures. */
const newest = (a: IndexFigure, b: IndexFigure) => b.year - a.year || (a.id < b.id ? -1 : 1);

/**
 * Every number of `sentence` checked against the figures of `index`: the
 * subject is the parks the sentence names (else every park and the network),
 * the metrics whose labels it uses most (else those whose figures' quotes
 * count what the number counts: "salariés" after "1 500"), narrowed to the number's unit, and the years it names
 * (a period covers its years). Then per number: **match** when a figure of
 * that subject has the number and the qualifier; **qualifier** when one has
 * the number with another qualifier; **number** when the subject has
 * figures but none with the number, the nearest given; **none** when it
 * has none, or the sentence names no metric (by its words or the number's
 * unit). Where several figures fit, the newest is given.
 */
export function checkSentence(index: VerifyIndex, sentence: string): NumberCheck[] {
  const { numbers, years } = readSentence(sentence);
  const words = new Set(keyWords(sentence));
  const sites = bestByWords(index.sites, (s) => s.words, words);
  const cueUnits = new Set(Object.keys(UNIT_WORDS));
  const inYears = (f: IndexFigure) =>
    years.length === 0 ||
    years.some((y) => y === f.year || (f.start !== undefined && f.start <= y && y <= f.year));
  return numbers.map((n) => {
    // A metric counted in a unit the number does not name is not its subject ("salariés" names
    // the workforce's age in its label, but "1 500 salariés" are not years).
    const fitting = index.metrics.filter((m) =>
      n.unit ? m.unit === n.unit : !cueUnits.has(m.unit),
    );
    const byLabel = bestByWords(fitting, (m) => m.label, words);
    const byQuote = (among: typeof fitting) => bestByWords(among, (m) => m.quote, new Set(n.after));
    // A label word can be shared by a metric with no figure for the parks
    // and years named ("ناشئة": the start-ups' rent, none in 2021): then the
    // words right after the number, as the quotes of figures in scope have
    // them ("3000 مقاولة ناشئة"), say what it counts, if any does.
    const inScope = (id: string) =>
      index.figures.some(
        (f) => f.metric === id && (sites.size === 0 || sites.has(f.site)) && inYears(f),
      );
    const rescue =
      byLabel.size > 0 && ![...byLabel].some(inScope)
        ? byQuote(fitting.filter((m) => inScope(m.id)))
        : new Set<string>();
    const metrics = rescue.size > 0 ? rescue : byLabel.size > 0 ? byLabel : byQuote(fitting);
    // Without a metric's words, a unit the number names ("10 %") is subject enough.
    const subject = metrics.size > 0 ? metrics : new Set(n.unit ? fitting.map((m) => m.id) : []);
    const pool = index.figures.filter(
      (f) => subject.has(f.metric) && (sites.size === 0 || sites.has(f.site)) && inYears(f),
    );
    const base = { text: n.text, values: n.values, qualifier: n.qualifier };
    // A bare number ("12 piscines") names no subject: it is not compared with every figure.
    if (subject.size === 0) return { ...base, verdict: "none" };
    const same = pool.filter((f) => n.values.includes(f.value)).sort(newest);
    const agreeing = same.filter((f) => f.qualifier === n.qualifier);
    const figure = agreeing[0] ?? same[0];
    if (figure) return { ...base, verdict: agreeing[0] ? "match" : "qualifier", figure };
    if (pool.length === 0) return { ...base, verdict: "none" };
    // How far apart on a log scale, by the reading nearest ("800 millions" is 800 or 800000000).
    const distance = (f: IndexFigure) =>
      Math.min(...n.values.filter((v) => v > 0).map((v) => Math.abs(Math.log(f.value / v))));
    const nearest = [...pool].sort((a, b) => distance(a) - distance(b) || newest(a, b))[0];
    return nearest ? { ...base, verdict: "number", figure: nearest } : { ...base, verdict: "none" };
  });
}
