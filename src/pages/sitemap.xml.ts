import type { APIRoute } from "astro";
import { LANGS } from "../i18n/index.ts";
import { href } from "../lib/web/paths.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import { pagePaths, sitemapEntries, sitemapXml, type PageModule } from "../lib/web/sitemap.ts";

/**
 * Every page of every language, found from the page files themselves (so a
 * page added later is listed without editing this file), with hreflang
 * alternates. A custom endpoint rather than @astrojs/sitemap: that
 * integration writes nothing unless `site` is set, and setting a default
 * `site` would also change every page's canonical URL.
 */
export const GET: APIRoute = async ({ site }) => {
  const modules = import.meta.glob<PageModule>("./**/*.astro", { eager: true });
  const paths = await pagePaths(modules);
  const entries = sitemapEntries(paths, LANGS, (p) => absoluteUrl(href(p), site));
  return new Response(sitemapXml(entries), {
    headers: { "Content-Type": "application/xml" },
  });
};
