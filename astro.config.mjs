// @ts-check
import { defineConfig } from "astro/config";
import { searchIndex } from "./scripts/lib/search-index.ts";
import { siteUrlFor } from "./src/lib/web/site-url.ts";

// SITE_URL is the public origin used for absolute links (citations, embed
// codes, sitemap, feeds): required to build (src/lib/web/site-url.ts), so no
// deployment can hand out a developer's address. BASE_PATH lets the site
// live under a sub-path (e.g. /technopark-en-chiffres/ on GitHub Pages).
const siteUrlRequired = {
  name: "site-url-required",
  hooks: {
    /** @param {{ command: string }} options */
    "astro:config:setup": ({ command }) => {
      siteUrlFor(command, process.env);
    },
  },
};

export default defineConfig({
  output: "static",
  // The local address outside builds (dev, preview, check); the hook below
  // stops a build that was given no SITE_URL.
  site: siteUrlFor("config", process.env),
  base: process.env.BASE_PATH || "/",
  trailingSlash: "ignore",
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
  // The search box's index (Pagefind), written into every build's output.
  integrations: [siteUrlRequired, searchIndex],
  // Content-Security-Policy meta tag on every page: nothing from another
  // origin. Astro adds the hashes of the scripts and styles it inlines, so an
  // `is:inline` script or a `style` attribute is refused by the browser (the
  // e2e tests report it). Framing rules need a header: public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
