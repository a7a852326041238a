// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { releaseCache } from "./scripts/lib/release-cache.ts";
import { arabicFontCss, styleHash } from "./src/lib/web/arabic-font.ts";
import { searchIndex } from "./scripts/lib/search-index.ts";
import { LANGS } from "./src/i18n/index.ts";
import { isSitemapPage } from "./src/lib/web/sitemap.ts";
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

const base = process.env.BASE_PATH || "/";

export default defineConfig({
  output: "static",
  // The local address outside builds (dev, preview, check); the hook below
  // stops a build that was given no SITE_URL.
  site: siteUrlFor("config", process.env),
  base,
  trailingSlash: "ignore",
  // Every stylesheet Astro bundles is inlined into the page that uses it
  // (its default inlines those under 4 KB only): a first visit then needs no
  // request but the page's before it can paint, one round trip (#27). The
  // CSS is about 1.5 KB gzip a page, fetched again by each page instead of
  // cached, a fair price for a site read a page or two at a time.
  build: { format: "directory", inlineStylesheets: "always" },
  server: { host: "127.0.0.1", port: 4321 },
  // The sitemap lists the reading pages of every language, each with its
  // translations as hreflang alternates (sitemap-index.xml, named by
  // robots.txt); the search box's index (Pagefind) is written into every
  // build's output. A published release's embeds, files and zip are kept
  // between builds and copied in, not drawn again (release-cache.ts): before
  // the sitemap and the index, which read the whole output.
  integrations: [
    siteUrlRequired,
    releaseCache(),
    sitemap({
      filter: (page) => isSitemapPage(page, base, LANGS),
      i18n: { defaultLocale: "fr", locales: Object.fromEntries(LANGS.map((l) => [l, l])) },
      namespaces: { news: false, image: false, video: false },
    }),
    searchIndex,
  ],
  // Content-Security-Policy meta tag on every page: nothing from another
  // origin. Astro adds the hashes of the scripts and styles it inlines, so an
  // `is:inline` script or a `style` attribute is refused by the browser (the
  // e2e tests report it). Framing rules need a header: public/_headers.
  // The one inline style Astro does not make, the Arabic font's rules
  // (src/lib/web/arabic-font.ts), is allowed by its hash.
  security: {
    csp: {
      styleDirective: { hashes: [styleHash(arabicFontCss(base))] },
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
