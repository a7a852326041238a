/**
 * Numbers written in words, per language, as the sources print them:
 * «trente nouvelles entreprises», «ثلاثين سنة», «تسعة وعشرون», «un
 * milliard de dirhams». A small lexicon, not a general parser: the whole
 * numbers up to a hundred that the press writes in letters, tens joined to
 * units the way each language joins them, and the scales million and
 * milliard / billion. "un"/"une" alone is never read as 1 ("une
 * cinquantaine", "un Technopark"), only before a scale ("un milliard").
 */

/** Words of one language: units and teens, tens, scales. */
interface Lexicon {
  units: Record<string, number>;
  tens: Record<string, number>;
  /** A scale alone is one of it ("un milliard", "مليون"): the words for one come before it. */
  scales: Record<string, number>;
  one: string[];
  /** How a unit joins a ten: "وعشرون" is 9 + 20 in "تسعة وعشرون". */
  joiner?: RegExp;
}

const FR: Lexicon = {
  units: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
  },
  tens: { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100 },
  scales: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  one: ["un", "une"],
};

const EN: Lexicon = {
  units: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
  },
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100 },
  scales: { million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9 },
  one: ["one", "a"],
};

// Arabic writes a number's case ending (ثلاثون / ثلاثين): both forms are listed.
const AR: Lexicon = {
  units: {
    اثنان: 2,
    اثنين: 2,
    ثلاثة: 3,
    أربعة: 4,
    خمسة: 5,
    ستة: 6,
    سبعة: 7,
    ثمانية: 8,
    تسعة: 9,
    عشرة: 10,
  },
  tens: {
    عشرون: 20,
    عشرين: 20,
    ثلاثون: 30,
    ثلاثين: 30,
    أربعون: 40,
    أربعين: 40,
    خمسون: 50,
    خمسين: 50,
    ستون: 60,
    ستين: 60,
    مائة: 100,
    مئة: 100,
  },
  scales: { مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9 },
  one: ["واحد"],
  joiner: /^\s*و/,
};

export const NUMBER_WORDS: readonly Lexicon[] = [FR, EN, AR];

/** A number written in words: where, and its value. */
export interface WordNumber {
  start: number;
  end: number;
  text: string;
  value: number;
}

/** Letters of any script; a word is a run of them (and "-", for "vingt-cinq"). */
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/**
 * Every number the quote writes in words. Compounds are read as one
 * number: "vingt-cinq" (25), "تسعة وعشرون" (9 and 20: 29), and a scale
 * multiplies what comes before it ("trente millions"); a scale after the
 * word for one, or alone in Arabic, is one of it ("un milliard", "مليون").
 * Scales after digits ("800 millions") are read with the digits
 * (quote-numbers.ts).
 */
export function wordNumbers(quote: string): WordNumber[] {
  const words = [...quote.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index ?? 0,
  }));
  const out: WordNumber[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as (typeof words)[number];
    for (const lex of NUMBER_WORDS) {
      let value = simple(lex, w.lower);
      let last = i;
      const isOne = lex.one.includes(w.lower);
      if (value === undefined && !isOne && !(w.lower in lex.scales)) continue;
      if (value === undefined && w.lower in lex.scales) {
        // A scale with no number before it: one of it in Arabic ("مليون"),
        // but skipped after digits, which quote-numbers.ts reads.
        if (lex !== AR || /\d\s*$/.test(quote.slice(0, w.start))) continue;
        out.push({ start: w.start, end: w.start + w.text.length, text: w.text, value: lex.scales[w.lower] as number });
        break;
      }
      // "تسعة وعشرون": a unit, the joiner, a ten.
      const next = words[i + 1];
      if (value !== undefined && lex.joiner && next) {
        const between = quote.slice(w.start + w.text.length, next.start + 1);
        const ten = lex.tens[next.lower.replace(/^و/, "")];
        if (lex.joiner.test(between) && ten !== undefined && value < 10) {
          value += ten;
          last = i + 1;
        }
      }
      const scaleWord = words[last + 1];
      const scale = scaleWord && lex.scales[scaleWord.lower];
      if (isOne && !scale) continue;
      if (scale) {
        value = (value ?? 1) * scale;
        last += 1;
      }
      const end = (words[last] as (typeof words)[number]).start + (words[last] as (typeof words)[number]).text.length;
      out.push({ start: w.start, end, text: quote.slice(w.start, end), value: value as number });
      i = last;
      break;
    }
  }
  return out;
}

/** "trente" → 30, "vingt-cinq" → 25: one word of the lexicon, or undefined. */
function simple(lex: Lexicon, word: string): number | undefined {
  if (word in lex.units) return lex.units[word];
  if (word in lex.tens) return lex.tens[word];
  const [ten, unit, ...rest] = word.split("-");
  if (rest.length || ten === undefined || unit === undefined) return undefined;
  const t = lex.tens[ten];
  const u = unit === "et" ? undefined : lex.units[unit];
  return t !== undefined && u !== undefined && u < 10 ? t + u : undefined;
}
