import type { APIRoute } from "astro";
import { href } from "../lib/web/paths.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";

/**
 * Allows every crawler and names the sitemap. An endpoint rather than a
 * file in public/: the Sitemap line must be an absolute URL, which depends
 * on SITE_URL and BASE_PATH. The sitemap is @astrojs/sitemap's (astro.config.mjs).
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      "User-agent: *",
      "Allow: /",
      "",
      `Sitemap: ${absoluteUrl(href("sitemap-index.xml"), site)}`,
      "",
    ].join("\n"),
    { headers: { "Content-Type": "text/plain" } },
  );
