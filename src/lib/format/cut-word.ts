// SVG text and the share cards are laid out by hand: nothing wraps a word
// there but these helpers. A word longer than its line (a 200-character
// name typed without a space) is cut into pieces rather than left to run
// past the edge of the drawing or the card.

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The characters of `text` as a reader sees them (grapheme clusters). */
const characters = (text: string): string[] =>
  Array.from(segmenter.segment(text), (s) => s.segment);

/**
 * `word` cut into pieces for which `fits` holds, each as long as it can be,
 * in order. Cut between characters, never inside one (an accent stays on
 * its letter); a character that fits nowhere alone is a piece of its own,
 * so every character is kept. A word that fits is returned whole.
 */
export function cutWord(word: string, fits: (piece: string) => boolean): string[] {
  if (fits(word)) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of characters(word)) {
    if (piece && !fits(piece + ch)) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * `words` (pieces never split) set greedily in lines for which `fits`
 * holds: each word joins the line before it, after a space, when the two
 * still fit, else starts a line. A word that does not fit alone has a line
 * of its own: cut it first (cutWord) where it may not. The one wrapping
 * loop of every hand-laid text (chart labels, the map, the timeline, the
 * downloadable image and share card), each with its own `fits`.
 */
export function fillLines(words: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * `line` followed by "…", shortened from its end (whole characters, and
 * the spaces and punctuation left hanging before the "…") until it fits:
 * how a line cut short says so. At least the "…" is returned.
 */
export function ellipsize(line: string, fits: (text: string) => boolean): string {
  const chars = characters(line);
  while (chars.length > 0) {
    const kept = chars.join("").replace(/[\s,;:…]+$/u, "");
    if (fits(`${kept}…`)) return `${kept}…`;
    chars.pop();
  }
  return "…";
}

/** `line` as it is when it fits, else cut short with "…" (ellipsize). */
export const fitLine = (line: string, fits: (text: string) => boolean): string =>
  fits(line) ? line : ellipsize(line, fits);
