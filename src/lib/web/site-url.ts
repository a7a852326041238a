/**
 * The public origin used for absolute URLs (sitemap, robots.txt, JSON-LD,
 * /data/index.json, citations) when the build is given no SITE_URL: the
 * address `npm start` serves on. A deployment sets SITE_URL (see
 * astro.config.mjs) so that these URLs point to the published site.
 */
export const DEFAULT_SITE_URL = "http://127.0.0.1:4321/";

/**
 * The absolute URL of a site path that already carries the base (the
 * output of `href()`), against Astro's `site` when set, else the default.
 */
export function absoluteUrl(basedPath: string, site: URL | undefined): string {
  return new URL(basedPath, site ?? DEFAULT_SITE_URL).href;
}
