import { defineMiddleware } from "astro:middleware";
import { cspFirst } from "./lib/web/csp-first.ts";

/**
 * Every HTML page leaves the build with its Content-Security-Policy meta tag
 * first in <head> (see cspFirst). Other responses (data files, images) pass
 * untouched, byte for byte.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(cspFirst(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
