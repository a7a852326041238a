import { defineMiddleware } from "astro:middleware";
import { cspFirst } from "./lib/web/csp-first.ts";
import { cspOwnHashes } from "./lib/web/csp-own-hashes.ts";

/**
 * Every HTML page leaves the build with its Content-Security-Policy meta tag
 * first in <head> (see cspFirst), listing the hashes of its own inline
 * scripts and styles only (see cspOwnHashes). Other responses (data files, images) pass
 * untouched, byte for byte.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(cspFirst(cspOwnHashes(html)), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
