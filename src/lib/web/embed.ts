import { escapeXml } from "./xml.ts";

/**
 * Embeds: the chart alone in a page that other sites may frame, at
 * /embed/<version>/<lang>/<chart>/ (light) and …/dark/, for every release
 * and for `latest` (their address: `embedPath` in routes.ts). Pure helpers
 * shared by the embed pages, the "Embed" section of chart pages and the
 * tests.
 */

export const EMBED_THEMES = ["light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Names our messages, so host pages can tell them from others' (see public/embed/v1/). */
export const EMBED_MESSAGE_SOURCE = "technopark-en-chiffres";
/** The host page script, at an address that never changes (v1). */
export const AUTOHEIGHT_SCRIPT = "embed/v1/autoheight.js";

/**
 * Height an iframe should have before (or without) the auto-height script:
 * enough for the title, each drawn panel or big number, the key and the
 * source line at a typical column width, so nothing is cut without JS.
 */
export function fallbackHeight(panels: readonly { drawn: boolean }[]): number {
  const body = panels.reduce((h, p) => h + (p.drawn ? 460 : 220), 0);
  return 160 + body;
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
