import type { APIRoute, GetStaticPaths } from "astro";
import { chartsWithData } from "../../../../charts/index.ts";
import { plottedObservations } from "../../../../charts/types.ts";
import { LANGS, langParam } from "../../../../i18n/index.ts";
import { siteData } from "../../../../lib/data/site-data.ts";
import { toCsv, toJson } from "../../../../lib/release/serialise.ts";
import { chartPngFile, chartSharePng, chartSvgFile } from "../../../../render/image-content.ts";
import { renderChart } from "../../../../render/render-chart.ts";

const FILES = ["data.csv", "data.json", "chart.svg", "chart.png", "share.png"] as const;

/**
 * A chart's downloads, built with the site: exactly the figures it draws as
 * CSV and JSON (the columns of observations.csv), and its image as SVG and
 * as PNG at twice the size, title, key and sources drawn in; and its link
 * preview card (share.png, 1200 × 630) for og:image.
 */
export const getStaticPaths: GetStaticPaths = () => {
  const { dataset } = siteData();
  return LANGS.flatMap((lang) =>
    chartsWithData(dataset).flatMap((entry) =>
      FILES.map((file) => ({ params: { lang, chart: entry.slug, file } })),
    ),
  );
};

export const GET: APIRoute = ({ params }) => {
  const lang = langParam(params.lang);
  const slug = String(params.chart);
  const { dataset, latest } = siteData();
  const rows = () =>
    plottedObservations(renderChart(dataset, lang, slug).def) as unknown as Record<
      string,
      unknown
    >[];
  const options = { version: latest.version };
  switch (params.file) {
    case "data.csv":
      return new Response(toCsv("observations", rows()));
    case "data.json":
      return new Response(toJson("observations", rows()));
    case "chart.svg":
      return new Response(chartSvgFile(dataset, lang, slug, options));
    case "chart.png":
      return new Response(chartPngFile(dataset, lang, slug, options));
    case "share.png":
      return new Response(chartSharePng(dataset, lang, slug, options));
    default:
      return new Response(null, { status: 404 });
  }
};
