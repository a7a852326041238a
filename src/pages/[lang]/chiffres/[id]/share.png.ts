import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS, langParam } from "../../../../i18n/index.ts";
import { siteData } from "../../../../lib/data/site-data.ts";
import { svgToPng } from "../../../../render/png.ts";
import { shareCardSvg } from "../../../../render/share-card.ts";
import {
  figurePageView,
  figureShareContent,
  releaseDatasets,
} from "../../../../views/figure-page.ts";

/** Each figure page's link preview card (og:image), 1200 × 630, drawn at build time. */
export const getStaticPaths: GetStaticPaths = () => {
  const { dataset } = siteData();
  return LANGS.flatMap((lang) => dataset.observations.map((o) => ({ params: { lang, id: o.id } })));
};

export const GET: APIRoute = ({ params, site }) => {
  const lang = langParam(params.lang);
  const data = siteData();
  const observation = data.dataset.observations.find((o) => o.id === params.id);
  if (!observation) return new Response(null, { status: 404 });
  const view = figurePageView(
    data.dataset,
    data.latest,
    releaseDatasets(data),
    observation,
    lang,
    site,
  );
  return new Response(
    svgToPng(shareCardSvg(figureShareContent(view, data.latest.version, lang)), 1),
  );
};
