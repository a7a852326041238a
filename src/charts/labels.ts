import type { Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { cutWord } from "../lib/format/cut-word.ts";
import { formatObservation } from "../lib/format/format.ts";

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

const LRE = "\u202A";
const PDF = "\u202C";

/**
 * Wrapped lines with each left-to-right embedding (LRE … PDF) closed at the
 * end of its line and reopened on the next, as bidi state does not cross
 * lines: a French title wrapped on an Arabic image keeps its word order.
 */
export function balanceEmbeddings(lines: readonly string[]): string[] {
  let open = false;
  return lines.map((line) => {
    const text = (open ? LRE : "") + line;
    open = text.lastIndexOf(LRE) > text.lastIndexOf(PDF);
    return open ? text + PDF : text;
  });
}

/** A name in a left-to-right script inside Arabic text, embedded so its words keep their order. */
export function embedLtr(text: string, lang: Lang): string {
  return lang === "ar" && /[A-Za-z]/.test(text) ? `${LRE}${text}${PDF}` : text;
}

/** The value as published, for a label: "plus de 900", "environ 170". */
export function valueLabel(obs: Observation, lang: Lang): string {
  return formatObservation(obs, lang);
}

/**
 * Greedy word wrap to lines of at most `max` characters; a word longer
 * than that is cut into lines of `max` (cutWord), never left to run past
 * the edge. Chart labels and image captions are laid out by hand, since
 * SVG text does not wrap.
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (piece: string) => piece.length <= max;
  const words = text.split(/\s+/).flatMap((w) => (w ? cutWord(w, fits) : []));
  for (const word of words) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
