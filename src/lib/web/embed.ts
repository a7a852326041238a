import { PAGE_EM } from "../draw/text-width.ts";
import { escapeXml } from "./xml.ts";

/**
 * Embeds: the chart alone in a page that other sites may frame, at
 * /embed/<version>/<lang>/<chart>/ (light), …/dark/ and …/auto/ (the host
 * page's colour scheme), for every release
 * and for `latest` (their address: `embedPath` in routes.ts). Pure helpers
 * shared by the embed pages, the "Embed" section of chart pages and the
 * tests.
 */

export const EMBED_THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Names our messages, so host pages can tell them from others' (see public/embed/v1/). */
export const EMBED_MESSAGE_SOURCE = "technopark-en-chiffres";
/** The host page script, at an address that never changes (v1). */
export const AUTOHEIGHT_SCRIPT = "embed/v1/autoheight.js";

/** What an embed page shows, as text and drawing proportions, to size its frame. */
export interface EmbedLayout {
  title: string;
  /**
   * The panels: a title when shown, and each drawing's height / width, or
   * a big number's card as its paragraphs (the value first).
   */
  panels: ({ title?: string } & ({ wide: number; narrow: number } | { card: string[] }))[];
  /** The key's items. */
  key: string[];
  /** The credit paragraphs under the drawing (sources, then data version and link). */
  credit: string[];
}

// The embed's CSS (embed.css, ChartFigure.astro) in px; characters are
// taken PAGE_EM wide (text-width.ts).
const PAD = 12;
const NARROW_BELOW = 576; // 36rem: the narrow drawing, up to 28rem wide
const NARROW_MAX = 448;
const WIDE_MAX = 768;
const CARD_MAX = 512; // 32rem
const FRAME_WIDTHS = [320, 400, 480, 576, 577, 768];

/** Lines `text` takes in `width` px at `size` px, words wrapped greedily. */
function lines(text: string, size: number, width: number): number {
  const per = Math.max(1, Math.floor(width / (size * PAGE_EM)));
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = [...word].length;
    if (used > 0 && used + 1 + len > per) {
      count += 1 + Math.floor((len - 1) / per);
      used = len % per || per;
    } else if (used === 0) {
      count += Math.floor((len - 1) / per);
      used = len % per || per;
    } else used += 1 + len;
  }
  return count;
}

/** Rows the key's items take: each a 20 px swatch, a gap and its text, 20 px apart. */
function keyRows(items: readonly string[], width: number): number {
  let rows = 0;
  let used = Infinity;
  for (const item of items) {
    const w = 26 + [...item].length * 14.4 * PAGE_EM;
    if (w > width) {
      rows += lines(item, 14.4, width - 26);
      used = Infinity;
    } else if (used + 20 + w > width) {
      rows += 1;
      used = w;
    } else used += 20 + w;
  }
  return rows;
}

/** A big number's card: 16 px padding and border, the value at 28 px, each paragraph 4 px apart. */
function cardHeight(card: readonly string[], width: number): number {
  const inner = width - 34;
  return card.reduce(
    (h, text, i) =>
      h + 8 + (i === 0 ? lines(text, 28, inner) * 33.6 : lines(text, 16, inner) * 23.2),
    34,
  );
}

function heightAt(layout: EmbedLayout, frame: number): number {
  const width = frame - 2 * PAD;
  const narrow = frame < NARROW_BELOW;
  const title = lines(layout.title, 18.4, width) * 26.7 + 4;
  const panels = layout.panels.reduce((h, p, i) => {
    const drawn =
      "card" in p
        ? cardHeight(p.card, Math.min(width, CARD_MAX))
        : narrow
          ? Math.min(width, NARROW_MAX) * p.narrow
          : Math.min(width, WIDE_MAX) * p.wide;
    const head = p.title ? lines(p.title, 16, width) * 23.2 + 4 : 0;
    return h + (i > 0 ? 24 : 0) + head + drawn + 6;
  }, 8);
  const key = layout.key.length > 0 ? 12 + keyRows(layout.key, width) * 24.9 : 0;
  const credit = layout.credit.reduce((h, c) => h + 8 + lines(c, 14.4, width) * 20.9, 0);
  return 2 * PAD + title + panels + key + credit;
}

/**
 * Height an iframe should have before (or without) the auto-height script:
 * the tallest the embed gets at any frame width from a 320 px phone to its
 * 48rem maximum (the narrow drawing grows up to 28rem, text wraps most at
 * 320 px), estimated from its text and drawings with a margin, rounded up
 * to 10 px: the source and credit line are never cut off.
 */
export function fallbackHeight(layout: EmbedLayout): number {
  const tallest = Math.max(...FRAME_WIDTHS.map((w) => heightAt(layout, w)));
  return Math.ceil((tallest * 1.05 + 20) / 10) * 10;
}

export interface SnippetInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the auto-height script. */
  script: string;
  slug: string;
  /** Accessible name of the iframe (the chart title). */
  title: string;
  height: number;
}

/**
 * The HTML a press release pastes: the iframe (a sensible fixed height, so
 * it reads without the script) and the auto-height script, included once
 * per page.
 */
export function embedSnippet(s: SnippetInput): string {
  return (
    `<iframe src="${escapeXml(s.src)}" title="${escapeXml(s.title)}" data-technopark-chart="${escapeXml(s.slug)}" ` +
    `width="100%" height="${s.height}" loading="lazy" style="border:0;width:100%;max-width:48rem"></iframe>\n` +
    `<script src="${escapeXml(s.script)}" async></script>`
  );
}
