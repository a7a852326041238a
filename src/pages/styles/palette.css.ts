import type { APIRoute } from "astro";
import { paletteCss } from "../../charts/palette.ts";

/**
 * The series colours as a stylesheet, written from src/charts/palette.ts at
 * build time so the colours exist in one place. A file rather than an inline
 * <style>: the Content-Security-Policy allows same-origin stylesheets.
 */
export const GET: APIRoute = () =>
  new Response(paletteCss(), { headers: { "Content-Type": "text/css; charset=utf-8" } });
