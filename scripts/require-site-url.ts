/**
 * First step of `npm run build`: stop in one plain line when SITE_URL is
 * missing or malformed (astro.config.mjs refuses too, with a stack trace).
 */
import { siteUrlFor } from "../src/lib/web/site-url.ts";

try {
  siteUrlFor("build", process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
