import type { Qualifier } from "../../schemas/observations.ts";
import type { QuoteNumber } from "./quote-numbers.ts";

/**
 * Words that qualify a figure, per language of the source, as data: the
 * phrase written just before the number decides its qualifier ("plus de
 * 900" is more_than 900). Longer phrases are tried first, so "pas moins de"
 * (more_than) wins over "moins de" (less_than). No such word means exact.
 * French approximate numerals ("une cinquantaine") are approx by themselves
 * (see quote-numbers.ts). A bound that may be reached ("jusqu’à 40", "ne
 * dépasse pas 30", "لا يتجاوز") is at_most, apart from a strict "moins de".
 */
export const QUALIFIER_LEXICON: Record<
  string,
  Record<Exclude<Qualifier, "exact" | "range">, string[]>
> = {
  fr: {
    more_than: [
      "plus de",
      "pas moins de",
      "au moins",
      "au-delà de",
      "plus d’",
      "plus d'",
      "supérieur à",
      "supérieure à",
      "dépassé",
      "dépassé la",
      "dépassé le",
      "au minimum",
      "un minimum de",
      "au bas mot",
      "dépassant",
    ],
    approx: [
      "près de",
      "environ",
      "autour de",
      "quelque",
      "quelques",
      "avoisinant",
      "avoisinant les",
      "avoisine",
      "de l’ordre de",
      "de l'ordre de",
      "approximativement",
      "à peu près",
      "presque",
      "pratiquement",
    ],
    less_than: ["moins de", "moins d’", "moins d'", "inférieur à", "inférieure à"],
    at_most: [
      "jusqu’à",
      "jusqu'à",
      "pas plus de",
      "ne dépasse pas",
      "ne dépassant pas",
      "au plus",
      "tout au plus",
      "au maximum",
      "un maximum de",
    ],
  },
  en: {
    more_than: [
      "more than",
      "over",
      "at least",
      "no fewer than",
      "no less than",
      "not less than",
      "upwards of",
      "in excess of",
      "a minimum of",
    ],
    approx: ["about", "around", "nearly", "almost", "approximately", "some", "roughly", "close to"],
    less_than: ["less than", "fewer than", "under"],
    at_most: ["up to", "at most", "no more than", "not more than", "a maximum of"],
  },
  ar: {
    more_than: ["أكثر من", "ما يزيد عن", "ما يزيد على", "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "أزيد من", "لأكثر من", "يتجاوز", "تتجاوز"],
    approx: ["حوالي", "حوالى", "نحو", "قرابة", "ما يقارب", "زهاء", "تقريبا", "ما يناهز", "يناهز"],
    less_than: ["أقل من"],
    at_most: ["لا يتجاوز", "ولا يتجاوز", "لا تتجاوز", "ولا تتجاوز", "ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن", "لا يزيد على", "ما يصل إلى"],
  },
};

/**
 * Verbs that qualify a figure with their subject between them and the
 * number, as Arabic orders a sentence: «ولا يتجاوز متوسط أعمارهم ثلاثين»
 * (their average age does not exceed thirty) is at_most 30. Up to three
 * words may stand between.
 */
export const QUALIFIER_VERBS: Record<string, Partial<Record<Exclude<Qualifier, "exact">, string[]>>> =
  {
    ar: {
      at_most: ["لا يتجاوز", "ولا يتجاوز", "لا تتجاوز", "ولا تتجاوز", "لن يتعدى", "لن تتعدى"],
      more_than: ["يتجاوز", "تتجاوز"],
    },
  };

/**
 * Words that qualify a figure from after it, its noun between: «30 مقاولة
 * تقريبا» (about 30 companies), «30 entreprises environ». Up to two words
 * may stand between.
 */
export const QUALIFIER_AFTER: Record<
  string,
  Partial<Record<Exclude<Qualifier, "exact" | "range">, string[]>>
> = {
  fr: { approx: ["environ"] },
  ar: { approx: ["تقريبا", "تقريباً"] },
};

/** Articles that may stand between the word and the number: "avoisinant les 30". */
const ARTICLE = String.raw`(?:(?:les|des|the|ال)\s+)?`;

/**
 * A phrase as a pattern: its spaces match any space, so "plus de" with a
 * no-break space (U+00A0, or U+202F as French typography puts before a
 * number) is still read as more_than, not silently as exact.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** The qualifying phrase ending just before a number, and what it means. */
export function qualifierBefore(
  textBefore: string,
  lang: string,
): { qualifier: Qualifier; phrase?: string } {
  const lexicon = QUALIFIER_LEXICON[lang] ?? QUALIFIER_LEXICON.fr;
  const entries = Object.entries(lexicon ?? {}).flatMap(([q, phrases]) =>
    phrases.map((p) => [q as Qualifier, p] as const),
  );
  entries.sort((a, b) => b[1].length - a[1].length);
  for (const [qualifier, phrase] of entries) {
    const re = new RegExp(`(?:^|[^\\p{L}])${escape(phrase)}\\s*${ARTICLE}$`, "iu");
    if (re.test(textBefore)) return { qualifier, phrase };
  }
  const verbs = Object.entries(QUALIFIER_VERBS[lang] ?? {}).flatMap(([q, phrases]) =>
    (phrases ?? []).map((p) => [q as Qualifier, p] as const),
  );
  verbs.sort((a, b) => b[1].length - a[1].length);
  for (const [qualifier, phrase] of verbs) {
    const re = new RegExp(`(?:^|[^\\p{L}])${escape(phrase)}(?:\\s+[\\p{L}\\p{M}]+){1,3}\\s+$`, "u");
    if (re.test(textBefore)) return { qualifier, phrase };
  }
  return { qualifier: "exact" };
}

/** The qualifying word just after a number and its noun («30 مقاولة تقريبا»), and what it means. */
export function qualifierAfter(
  textAfter: string,
  lang: string,
): { qualifier: Qualifier; phrase?: string } {
  for (const [q, phrases] of Object.entries(QUALIFIER_AFTER[lang] ?? {}))
    for (const phrase of phrases ?? []) {
      const re = new RegExp(`^(?:\\s+[\\p{L}\\p{M}’'-]+){0,2}\\s+${escape(phrase)}(?:[^\\p{L}\\p{M}]|$)`, "u");
      if (re.test(textAfter)) return { qualifier: q as Qualifier, phrase };
    }
  return { qualifier: "exact" };
}

/** Qualifiers besides exact, with an example phrase each, for messages. */
export const QUALIFIER_EXAMPLE: Record<string, string> = {
  more_than: "plus de / more than / أكثر من",
  approx: "près de, environ / about / حوالي",
  less_than: "moins de / less than / أقل من",
  at_most: "jusqu’à, ne dépasse pas / at most / لا يتجاوز",
};

/**
 * What may stand between the two ends of a printed range: «de 30 à 40»,
 * «entre 30 et 40», "30 to 40", "30–40", «من 30 إلى 40», «بين 30 و40».
 */
const RANGE_BETWEEN = /^\s*(?:à|et|to|and|-|–|—|إلى|الى|و)\s*$/u;

/**
 * Whether the quote joins a reading of the lower bound to a later reading
 * of the upper bound as a range (the qualifier range: words before the
 * lower bound, such as «de», say nothing more).
 */
export function statesRange(
  quote: string,
  low: readonly QuoteNumber[],
  high: readonly QuoteNumber[],
): boolean {
  return low.some((l) =>
    high.some((h) => h.start >= l.end && RANGE_BETWEEN.test(quote.slice(l.end, h.start))),
  );
}
