import { balanceEmbeddings, svgText, wrapWords } from "../charts/labels.ts";
import { THEME_COLOURS } from "../charts/palette.ts";
import { WIDE } from "../charts/types.ts";
import type { Lang } from "../i18n/index.ts";
import { keySymbol, type KeyItem } from "./key-symbols.ts";
import { FONT_PX } from "../lib/draw/mark-sizes.ts";
import { charsPerLine } from "../lib/draw/text-width.ts";
import { escapeXml } from "../lib/web/xml.ts";

/** Everything drawn into a chart's downloadable image, already in words. */
export interface ImageContent {
  lang: Lang;
  title: string;
  takeaway: string;
  /** All the figures in words: the image's <desc>. */
  desc: string;
  panels: {
    heading: string;
    /** The panel's normalised <svg> at WIDE width, or a big number. */
    svg?: string;
    number?: { value: string; meta: string; quote: string };
  }[];
  key: { item: KeyItem; text: string }[];
  /** "Sources :" and one line per source. */
  sources: string[];
  credit: string;
}

const PAD = 24;
const WIDTH = WIDE + 2 * PAD;
const INK = THEME_COLOURS.fg.light;
const MUTED = THEME_COLOURS.muted.light;

/**
 * The chart as a standalone SVG for download and for the PNG: title,
 * takeaway, each panel (plot or big number), the key, the sources and the
 * credit drawn as text, on a white ground, with fonts and colours set as
 * attributes because no page CSS reaches a file. Text is laid out by hand
 * (SVG does not wrap); Arabic text is right-aligned and embedded right to
 * left, while plots keep their left-to-right axes.
 */
export function chartImageSvg(c: ImageContent): string {
  const rtl = c.lang === "ar";
  const parts: string[] = [];
  let y = PAD;
  const text = (line: string, size: number, attrs = "") => {
    const x = rtl ? WIDTH - PAD : PAD;
    const anchor = rtl ? ` text-anchor="end"` : "";
    parts.push(
      `<text x="${x}" y="${y + size}" font-size="${size}"${anchor}${attrs}>${escapeXml(svgText(line, c.lang))}</text>`,
    );
    y += Math.round(size * 1.35);
  };
  const block = (s: string, size: number, attrs = "", room = WIDTH - 2 * PAD) => {
    for (const line of balanceEmbeddings(wrapWords(s, charsPerLine(room, size))))
      text(line, size, attrs);
  };

  block(c.title, 20, ` font-weight="700"`);
  y += 2;
  block(c.takeaway, 13, ` fill="${MUTED}"`);
  for (const panel of c.panels) {
    y += 14;
    if (c.panels.length > 1 || !panel.svg) block(panel.heading, 14, ` font-weight="700"`);
    if (panel.svg) {
      const height = Number(/height="([\d.]+)"/.exec(panel.svg)?.[1] ?? 0);
      parts.push(`<g transform="translate(${PAD},${y})">${panel.svg}</g>`);
      y += height;
    } else if (panel.number) {
      text(panel.number.value, 34, ` font-weight="700"`);
      block(panel.number.meta, 13);
      block(panel.number.quote, 13, ` fill="${MUTED}"`);
    }
  }
  y += 12;
  for (const { item, text: label } of c.key) {
    const room = WIDTH - 2 * PAD - 28;
    const lines = balanceEmbeddings(wrapWords(label, charsPerLine(room, 12)));
    const sx = rtl ? WIDTH - PAD - 20 : PAD;
    parts.push(`<g transform="translate(${sx},${y + 1}) scale(0.8)">${keySymbol(item)}</g>`);
    for (const line of lines) {
      const x = rtl ? WIDTH - PAD - 28 : PAD + 28;
      const anchor = rtl ? ` text-anchor="end"` : "";
      parts.push(
        `<text x="${x}" y="${y + 12}" font-size="12"${anchor}>${escapeXml(svgText(line, c.lang))}</text>`,
      );
      y += 16;
    }
  }
  y += 8;
  for (const line of c.sources) block(line, 12, ` fill="${MUTED}"`);
  block(c.credit, 12, ` fill="${MUTED}"`);
  const height = y + PAD;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"`,
    ` role="img" aria-labelledby="tp-image-title tp-image-desc" direction="ltr" color="${INK}" fill="currentColor"`,
    ` font-family="Noto Sans, Noto Sans Arabic, system-ui, sans-serif" font-size="${FONT_PX}">`,
    `<title id="tp-image-title">${escapeXml(c.title)}</title>`,
    `<desc id="tp-image-desc">${escapeXml(`${c.takeaway} ${c.desc}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${THEME_COLOURS.bg.light}"/>`,
    ...parts,
    `</svg>\n`,
  ].join("");
}
