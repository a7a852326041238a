import { createHash } from "node:crypto";

/** The Arabic web font's file, under the base (written by src/pages/fonts/[file].ts). */
export const ARABIC_FONT_FILE = "fonts/noto-sans-arabic-400.woff2";

/**
 * The rules of the Arabic web font, set in the head of Arabic pages and
 * embeds only, so no other page fetches the font: Noto Sans Arabic, Arabic
 * subset, regular weight (bold is synthesised), self-hosted, so that systems
 * without an Arabic font still read the page and no third-party font
 * service is contacted. Inline rather than a linked stylesheet, which was a
 * second request before the first paint of every Arabic page (#27).
 *
 * The font list is set on `:root:lang(ar)`, which outweighs global.css's
 * `:root` wherever the rules stand: Astro writes its own styles last in
 * the head, and a plain `:root` here lost to them (the linked stylesheet's
 * list never applied on the site's Arabic pages, only in embeds).
 *
 * `base` is the site's base path ("/", "/technopark-en-chiffres/"): the
 * font's address is absolute. astro.config.mjs lists the hash of this text
 * in the Content-Security-Policy (styleHash), from the same base.
 */
export function arabicFontCss(base: string): string {
  const root = base.replace(/\/?$/, "/");
  return [
    "@font-face{",
    'font-family:"Noto Sans Arabic Web";font-style:normal;font-weight:400;font-display:swap;',
    `src:url("${root}${ARABIC_FONT_FILE}") format("woff2");`,
    "unicode-range:U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,",
    "U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC}",
    ':root:lang(ar){--font:system-ui,-apple-system,"Segoe UI","Noto Sans Arabic","Noto Sans Arabic Web",',
    "Tahoma,Arial,sans-serif}",
  ].join("");
}

/** The CSP source that allows an inline <style> holding exactly `css` (SHA-256, Astro's default). */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(css).digest("base64")}`;
}
