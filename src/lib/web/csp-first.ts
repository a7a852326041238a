const CSP_META = /<meta\s+http-equiv="content-security-policy"[^>]*>/i;
const AFTER = /^(<!doctype html>\s*<html[^>]*>\s*<head[^>]*>\s*<meta\s+charset="[^"]*"\s*\/?>)/i;

/**
 * The page with its Content-Security-Policy meta tag moved to the top of
 * <head>, right after <meta charset> (which must stay within the first 1024
 * bytes, while a policy listing hashes may be long). Astro writes the tag
 * with the rest of its head content at </head>, after the title and the
 * description, which carry data; a policy placed first governs everything
 * after it. Unchanged when there is no such tag or no charset to follow.
 */
export function cspFirst(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta || !AFTER.test(html)) return html;
  const without = html.replace(meta, "");
  return without.replace(AFTER, (head) => head + meta);
}
