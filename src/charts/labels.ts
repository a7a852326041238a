import type { Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { cutWord, fillLines } from "../lib/format/cut-word.ts";
import { formatObservation } from "../lib/format/format.ts";
import { textWidth } from "../lib/draw/text-width.ts";

/** The publisher of an observation's source: how a label names a source. */
export function sourceLabel(dataset: Dataset, obs: Observation): string {
  return datasetIndex(dataset).sourceOf(obs.source).publisher;
}

/**
 * Text for an SVG <text> in `lang`. SVG text runs left to right even on an
 * Arabic page (the charts keep direction="ltr" so time reads left to right);
 * an Arabic label is wrapped in RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL
 * FORMATTING so a mixed label ("800 (H24info)") keeps its Arabic word order
 * in browsers and in resvg alike.
 */
export function svgText(text: string, lang: Lang): string {
  return lang === "ar" ? `\u202B${text}\u202C` : text;
}

const NBSP = "\u00A0";
const FSI = "\u2068";
const PDI = "\u2069";
/** Openers that a line break must close (PDF or PDI) and the next line reopen. */
const OPENERS: Record<string, string> = {
  "\u202A": "\u202C",
  "\u202B": "\u202C",
  "\u2066": "\u2069",
  "\u2067": "\u2069",
  "\u2068": "\u2069",
};
const CLOSERS = new Set(Object.values(OPENERS));

/**
 * Wrapped lines with each embedding (LRE/RLE … PDF) and isolate (LRI, RLI,
 * FSI … PDI) left open at the end of a line closed there and reopened on
 * the next, as bidi state does not cross lines: a French title wrapped on
 * an Arabic image keeps its word order.
 */
export function balanceEmbeddings(lines: readonly string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const text = open.join("") + line;
    const stack: string[] = [];
    for (const ch of text) {
      if (OPENERS[ch]) stack.push(ch);
      else if (CLOSERS.has(ch)) stack.pop();
    }
    open = stack;
    return (
      text +
      stack
        .map((ch) => OPENERS[ch])
        .reverse()
        .join("")
    );
  });
}

/**
 * A name (a source's publisher, a site's name) as one piece of a label, in
 * every language: its spaces are no-break spaces, so no wrap splits it
 * (wrapWords and wrapLabel break at U+0020 only, never at a hyphen), and a
 * name in the other script than the label's (a Latin name in Arabic, an
 * Arabic name in French) is a bidi isolate (FSI … PDI), so it reads as a
 * whole, its brackets stay the right way round and its neighbours
 * (numbers, a period, a comma) keep the label's order, in browsers and in
 * resvg alike.
 */
export function wholeName(name: string, lang: Lang): string {
  return isolateForeign(noBreak(name), lang);
}

/** `text` with no-break spaces: a piece no wrap splits (wrapWords, wrapLabel). */
export const noBreak = (text: string): string => text.replace(/ /g, NBSP);

/** `text` as a bidi isolate (FSI … PDI) where it holds letters of the other script than `lang`'s. */
export function isolateForeign(text: string, lang: Lang): string {
  const foreign = lang === "ar" ? /[A-Za-z]/ : /[\u0600-\u06FF]/;
  return foreign.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** The value as published, for a label: "plus de 900", "environ 170". */
export function valueLabel(obs: Observation, lang: Lang): string {
  return formatObservation(obs, lang);
}

/** Words of a text to wrap: split at spaces (U+0020, tabs, newlines) only, so that a no-break space (in "1 500", or inside a name, wholeName) holds. */
const words = (text: string): string[] => text.split(/[ \t\r\n]+/).filter(Boolean);

/**
 * Greedy word wrap to lines of at most `max` characters; a word longer
 * than that is cut into lines of `max` (cutWord), never left to run past
 * the edge. Image captions are laid out by hand, since SVG text does not
 * wrap. Breaks only at spaces, never at a no-break space or a hyphen.
 */
export function wrapWords(text: string, max: number): string[] {
  const fits = (piece: string) => piece.length <= max;
  return fillLines(
    words(text).flatMap((w) => cutWord(w, fits)),
    fits,
  );
}

/**
 * A chart label's lines, greedy to at most `maxPx` wide at `fontPx`
 * (textWidth), broken at spaces only: a word or a name (wholeName) is
 * never cut nor split at its hyphen, and one wider than `maxPx` has a line
 * of its own (a label too wide for its chart is left out by placeLabels,
 * never cut). Each line is balanced (balanceEmbeddings), as bidi state
 * does not cross lines.
 */
export function wrapLabel(text: string, maxPx: number, fontPx: number): string[] {
  return balanceEmbeddings(fillLines(words(text), (line) => textWidth(line, fontPx) <= maxPx));
}
