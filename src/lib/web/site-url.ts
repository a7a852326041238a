/**
 * The public origin of the site. Citations, BibTeX, embed codes, the
 * sitemap, canonical and hreflang links, the feeds and catalogues all name
 * absolute URLs, so a build without it would hand out a developer's machine
 * to every reader who copies one: `astro build` refuses to run without
 * SITE_URL (astro.config.mjs). `npm start` and the tests build for the
 * address they serve on, LOCAL_SITE_URL.
 */
export const LOCAL_SITE_URL = "http://127.0.0.1:4321/";

/** What a build without SITE_URL says, naming the variable and how to set it. */
export const SITE_URL_MISSING =
  "SITE_URL is not set: the build needs the site's public address for citations, embed codes and the sitemap, e.g. SITE_URL=https://example.org/ npm run build (npm start builds for its own local address).";

/**
 * The site's URL from the environment for an Astro `command`: required by
 * `build`; `dev`, `preview`, `check` and `sync` fall back to the local
 * address. Throws SITE_URL_MISSING, or on a value that is not an http(s) URL.
 */
export function siteUrlFor(command: string, env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim();
  if (!value) {
    if (command === "build") throw new Error(SITE_URL_MISSING);
    return LOCAL_SITE_URL;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not a URL: give the public origin, e.g. https://example.org/`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SITE_URL "${value}" must be an http(s) address`);
  return url.href;
}

/**
 * The absolute URL of a site path that already carries the base (the
 * output of `href()`), against Astro's `site`, which every build has.
 */
export function absoluteUrl(basedPath: string, site: URL | undefined): string {
  if (!site) throw new Error(`absoluteUrl(${basedPath}): no site URL (astro.config.mjs sets it)`);
  return new URL(basedPath, site).href;
}
