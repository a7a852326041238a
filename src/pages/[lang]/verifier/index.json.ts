import type { APIRoute } from "astro";
import { LANGS, langParam } from "../../../i18n/index.ts";
import { siteData } from "../../../lib/data/site-data.ts";
import { verifyIndex } from "../../../views/verify-page.ts";

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** The figures' index the sentence checker of /<lang>/verifier/ loads when first used. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(verifyIndex(siteData().dataset, langParam(params.lang))), {
    headers: { "Content-Type": "application/json" },
  });
