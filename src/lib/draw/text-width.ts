// How wide a text is drawn, estimated: no layout engine runs at build time,
// so every drawing that places text (the charts, the map, the downloadable
// image and share card, the timeline, the embed's frame height) estimates
// it with one of the measures below. They live in lib, not charts, because
// lib/timeline-layout and lib/web lay out text too and may import nothing
// above lib (schemas <- lib <- charts <- render).

/**
 * Advance widths of printable ASCII (32–126) in Noto Sans, in em: the font
 * the site's system-ui resolves to on the test machines and the one the PNG
 * renderer draws with. Measured once in Chromium (canvas measureText at
 * 100 px); no layout engine runs at build time, so label boxes are
 * estimated from these.
 */
const ASCII_EM = [
  0.26, 0.27, 0.41, 0.65, 0.57, 0.83, 0.73, 0.22, 0.3, 0.3, 0.55, 0.57, 0.27, 0.32, 0.27, 0.37,
  0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.57, 0.27, 0.27, 0.57, 0.57, 0.57, 0.43,
  0.9, 0.64, 0.65, 0.63, 0.73, 0.56, 0.52, 0.73, 0.74, 0.34, 0.27, 0.62, 0.52, 0.91, 0.76, 0.78,
  0.6, 0.78, 0.62, 0.55, 0.56, 0.73, 0.6, 0.93, 0.59, 0.57, 0.57, 0.33, 0.37, 0.33, 0.57, 0.44,
  0.28, 0.56, 0.61, 0.48, 0.61, 0.56, 0.34, 0.61, 0.62, 0.26, 0.26, 0.53, 0.26, 0.93, 0.62, 0.6,
  0.61, 0.61, 0.41, 0.48, 0.36, 0.62, 0.51, 0.79, 0.53, 0.51, 0.47, 0.38, 0.55, 0.38, 0.57,
];
const OTHER_EM: Record<string, number> = {
  "\u2019": 0.18,
  "«": 0.51,
  "»": 0.51,
  "–": 0.5,
  "—": 1,
  "…": 0.79,
  "\u00A0": 0.26,
  "\u202F": 0.17,
};
/** Arabic letters in Noto Sans Arabic average 0.37–0.45 em once joined: 0.5 is an upper bound. */
const ARABIC_EM = 0.5;
/** Another font may set a label a little wider than Noto Sans: boxes are taken this much larger. */
const SAFETY = 1.06;

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ASCII_EM[code - 32] ?? 0.6;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 0;
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC_EM;
  const other = OTHER_EM[ch];
  if (other !== undefined) return other;
  // An accented Latin letter is as wide as its base letter.
  const base = ch.normalize("NFD")[0] ?? ch;
  return base !== ch ? charEm(base) : 0.6;
}

/** The width of one line of `text` at `fontPx`, an estimate erring on the wide side. */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontPx * SAFETY;
}

/**
 * A character's average advance, in em, on the wide side: for layouts that
 * count characters rather than measure them (the timeline's labels, the
 * downloadable image's and the share card's lines). Latin and Arabic
 * labels measure 0.39–0.52 em in Chromium's sans-serif.
 */
export const AVERAGE_EM = 0.56;

/** The width of `text` at `fontPx` counted in characters of AVERAGE_EM. */
export const countedWidth = (text: string, fontPx: number): number =>
  [...text].length * AVERAGE_EM * fontPx;

/** How many characters of AVERAGE_EM a line `room` px wide holds at `fontPx`. */
export const charsPerLine = (room: number, fontPx: number): number =>
  Math.floor(room / (fontPx * AVERAGE_EM));

/**
 * A character's advance in em for text the page sets in HTML (an embed's
 * title, key and credit, to size its frame): wider than AVERAGE_EM, since
 * the reader's system-ui may be any font (Noto Sans averages about 0.5 em,
 * Arabic less).
 */
export const PAGE_EM = 0.6;
