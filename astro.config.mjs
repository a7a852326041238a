// @ts-check
import { defineConfig } from "astro/config";

// BASE_PATH lets the site live under a sub-path (e.g. /technopark-en-chiffres/
// on GitHub Pages); SITE_URL is the public origin used for absolute links.
export default defineConfig({
  output: "static",
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || "/",
  trailingSlash: "ignore",
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
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
