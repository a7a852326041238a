import type { Qualifier } from "../../schemas/observations.ts";

/**
 * Words that qualify a figure, per language of the source, as data: the
 * phrase written just before the number decides its qualifier ("plus de
 * 900" is more_than 900). Longer phrases are tried first, so "pas moins de"
 * (more_than) wins over "moins de" (less_than). No such word means exact.
 * French approximate numerals ("une cinquantaine") are approx by themselves
 * (see quote-numbers.ts).
 */
export const QUALIFIER_LEXICON: Record<string, Record<Exclude<Qualifier, "exact">, string[]>> = {
  fr: {
    more_than: ["plus de", "pas moins de", "au moins", "au-delà de", "plus d’", "plus d'"],
    approx: [
      "près de",
      "environ",
      "autour de",
      "quelque",
      "quelques",
      "avoisinant",
      "avoisinant les",
      "approximativement",
      "à peu près",
      "presque",
      "pratiquement",
    ],
    less_than: ["moins de", "moins d’", "moins d'", "pas plus de", "jusqu’à", "jusqu'à"],
  },
  en: {
    more_than: ["more than", "over", "at least", "no fewer than", "no less than", "upwards of"],
    approx: ["about", "around", "nearly", "almost", "approximately", "some", "roughly", "close to"],
    less_than: ["less than", "fewer than", "under", "up to", "no more than"],
  },
  ar: {
    more_than: ["أكثر من", "ما يزيد عن", "ما يزيد على", "ما لا يقل عن", "أزيد من"],
    approx: ["حوالي", "حوالى", "نحو", "قرابة", "ما يقارب", "زهاء", "تقريبا"],
    less_than: ["أقل من", "ما لا يزيد عن", "ما لا يزيد على"],
  },
};

/** Articles that may stand between the word and the number: "avoisinant les 30". */
const ARTICLE = String.raw`(?:(?:les|des|the|ال)\s+)?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
  return { qualifier: "exact" };
}

/** Qualifiers besides exact, with an example phrase each, for messages. */
export const QUALIFIER_EXAMPLE: Record<string, string> = {
  more_than: "plus de / more than / أكثر من",
  approx: "près de, environ / about / حوالي",
  less_than: "moins de / less than / أقل من",
};
