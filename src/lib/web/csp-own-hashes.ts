import { createHash } from "node:crypto";

const CSP_META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = /^'sha(256|384|512)-/;

/** The hash sources ('sha256-…', and 384, 512) a policy would list for `text`. */
function hashSources(text: string): string[] {
  return ["256", "384", "512"].map(
    (n) => `'sha${n}-${createHash(`sha${n}`).update(text).digest("base64")}'`,
  );
}

/**
 * The page with its Content-Security-Policy meta tag listing, in script-src
 * and style-src, only the hashes of the inline scripts and styles that page
 * holds. Astro writes the hashes of every inline script and style of the
 * whole site into every page (32 on a chart page, about 1.4 KB gzip that no
 * compression shrinks); those of other pages allow nothing here, so the
 * policy means the same, shorter. Other sources and directives are kept
 * byte for byte; a page without such a tag is returned unchanged.
 */
export function cspOwnHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = (re: RegExp) =>
    new Set([...html.matchAll(re)].flatMap((m) => hashSources(m[1] as string)));
  const ownBy: Record<string, Set<string>> = {
    "script-src": own(INLINE_SCRIPT),
    "style-src": own(INLINE_STYLE),
  };
  const policy = (meta[2] as string)
    .split(";")
    .map((directive) => {
      const lead = /^\s*/.exec(directive)?.[0] ?? "";
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      const keep = ownBy[name];
      if (!keep) return directive;
      return lead + [name, ...sources.filter((s) => !HASH_SOURCE.test(s) || keep.has(s))].join(" ");
    })
    .join(";");
  return html.replace(
    CSP_META,
    (_, open: string, _old: string, close: string) => open + policy + close,
  );
}
