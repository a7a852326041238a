import { balanceEmbeddings, svgText, wrapWords } from "../charts/labels.ts";
import { THEME_COLOURS } from "../charts/palette.ts";
import { charsPerLine, textWidth } from "../lib/draw/text-width.ts";
import { ellipsize, fitLine } from "../lib/format/cut-word.ts";
import { escapeXml } from "../lib/web/xml.ts";
import type { ImageContent } from "./chart-image.ts";

/** The size social networks and messaging apps show a link preview at (1.91:1). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const PAD = 48;
/** The footer (sources, credit): its text size and its margin from the bottom edge. */
const FOOTER_PX = 18;
const FOOTER_PAD = 36;
const INK = THEME_COLOURS.fg.light;
const MUTED = THEME_COLOURS.muted.light;
const ROOM = SHARE_WIDTH - 2 * PAD;

/**
 * A chart as a link preview card (og:image): its title and takeaway, its
 * first drawing scaled into the card (or its figure as a big number), the
 * sources and the data version, on a white ground. The same content as the
 * downloadable image, cut to what a preview can show: at most two lines
 * each of title and takeaway, the first source and a count of the others.
 */
export function shareCardSvg(c: ImageContent): string {
  const rtl = c.lang === "ar";
  const parts: string[] = [];
  const x = rtl ? SHARE_WIDTH - PAD : PAD;
  const anchor = rtl ? ` text-anchor="end"` : "";
  // Wrapped by a character count (a word longer than a line is cut), then
  // each line measured (textWidth errs wide): a line that would still run
  // into the margin is cut short with "…", and so is the last one kept of
  // a longer text (" …" after its last word when that fits).
  const lines = (s: string, size: number, max: number) => {
    const fits = (line: string) => textWidth(line, size) <= ROOM;
    const all = wrapWords(s, charsPerLine(ROOM, size));
    const kept = all.slice(0, max).map((line) => fitLine(line, fits));
    const last = kept[max - 1];
    if (all.length > max && last !== undefined)
      kept[max - 1] = fits(`${last} …`) ? `${last} …` : ellipsize(last, fits);
    return balanceEmbeddings(kept);
  };
  let y = PAD;
  const text = (line: string, size: number, attrs = "") => {
    parts.push(
      `<text x="${x}" y="${y + size}" font-size="${size}"${anchor}${attrs}>${escapeXml(svgText(line, c.lang))}</text>`,
    );
    y += Math.round(size * 1.3);
  };

  // The footer first, from the bottom up, so the drawing takes what is left.
  const footer: string[] = [];
  let bottom = SHARE_HEIGHT - FOOTER_PAD;
  const [heading, first, ...others] = c.sources;
  const sourceLine =
    [heading, first].filter(Boolean).join(" ") + (others.length > 0 ? ` (+${others.length})` : "");
  for (const line of [c.credit, lines(sourceLine, FOOTER_PX, 1)[0] ?? ""]) {
    footer.push(
      `<text x="${x}" y="${bottom}" font-size="${FOOTER_PX}" fill="${MUTED}"${anchor}>${escapeXml(svgText(line, c.lang))}</text>`,
    );
    bottom -= Math.round(FOOTER_PX * 1.4);
  }

  const panel = c.panels.find((p) => p.svg) ?? c.panels[0];
  const panelHeight = Number(/height="([\d.]+)"/.exec(panel?.svg ?? "")?.[1] ?? 0);
  // Title and takeaway take up to two lines each; where the drawing would
  // then be shrunk below its own size (its 11–12 px text under 11 px), the
  // takeaway gives up lines first, then the title, down to one line of it.
  const header = (
    [
      [2, 2],
      [2, 1],
      [1, 1],
      [2, 0],
      [1, 0],
    ] as const
  ).map(([t, k]) => ({
    title: lines(c.title, 40, t),
    takeaway: k > 0 ? lines(c.takeaway, 24, k) : [],
  }));
  const headerEnd = (h: (typeof header)[number]) =>
    PAD + h.title.length * Math.round(40 * 1.3) + 4 + h.takeaway.length * Math.round(24 * 1.3) + 12;
  const chosen =
    header.find((h) => bottom - headerEnd(h) - 8 >= panelHeight) ??
    (header.at(-1) as (typeof header)[number]);
  for (const line of chosen.title) text(line, 40, ` font-weight="700"`);
  y += 4;
  for (const line of chosen.takeaway) text(line, 24, ` fill="${MUTED}"`);
  y += 12;

  const room = { width: SHARE_WIDTH - 2 * PAD, height: bottom - y - 8 };
  if (panel?.svg) {
    const width = Number(/width="([\d.]+)"/.exec(panel.svg)?.[1] ?? 0);
    const scale = Math.min(room.width / width, room.height / panelHeight);
    const left = (SHARE_WIDTH - width * scale) / 2;
    parts.push(
      `<g transform="translate(${left.toFixed(1)},${y}) scale(${scale.toFixed(3)})">${panel.svg}</g>`,
    );
  } else if (panel?.number) {
    y += 24;
    text(panel.number.value, 96, ` font-weight="700"`);
    for (const line of lines(panel.number.meta, 28, 2)) text(line, 28);
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}"`,
    ` direction="ltr" color="${INK}" fill="currentColor" font-family="Noto Sans, Noto Sans Arabic, system-ui, sans-serif" font-size="16">`,
    `<rect width="100%" height="100%" fill="${THEME_COLOURS.bg.light}"/>`,
    ...parts,
    ...footer,
    `</svg>\n`,
  ].join("");
}
