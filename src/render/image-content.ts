import { scopeLabel } from "../lib/format/scope.ts";
import { isolateForeign, noBreak, wholeName } from "../charts/labels.ts";
import { plottedObservations } from "../charts/types.ts";
import { t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Source } from "../lib/data/dataset.ts";
import { formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { chartImageSvg, type ImageContent } from "./chart-image.ts";
import { keyEntries } from "./key-symbols.ts";
import { svgToPng } from "./png.ts";
import { shareCardSvg } from "./share-card.ts";
import { renderChart } from "./render-chart.ts";

export interface ImageOptions {
  site?: string;
  /** The dataset release drawn, printed in the credit line. */
  version: string;
}

/** The sources of the figures drawn, in the order they are first cited. */
export function chartSources(
  dataset: Dataset,
  observations: readonly { source: string }[],
): Source[] {
  const ids = [...new Set(observations.map((o) => o.source))];
  return ids.map(datasetIndex(dataset).sourceOf);
}

/**
 * "Sources :" then "H24info, « Technopark: 15 ans… », juin 2016", one line
 * per source of the chart, for the image.
 */
export function sourceLines(sources: readonly Source[], lang: Lang): string[] {
  const sep = t(lang, "chart.listSeparator");
  const cite = (s: Source) => {
    // A title or publisher in the other script is a bidi isolate
    // (isolateForeign), so the date after it keeps the line's order: an
    // Arabic title on a French image once printed "2011 – 2008". A French
    // source cited on an Arabic image is one left-to-right run, punctuated
    // in its own language, so the publisher and title keep their order.
    // The publisher's name is never split by a wrap (noBreak).
    const work =
      lang === "ar" && s.language !== "ar"
        ? isolateForeign(`${noBreak(s.publisher)}, «${s.title}»`, lang)
        : `${wholeName(s.publisher, lang)}${sep}${t(lang, "quote.open")}${isolateForeign(s.title, lang)}${t(lang, "quote.close")}`;
    return `${work}${sep}${formatPartialDate(s.published, lang)}`;
  };
  return [t(lang, "chart.sources") + t(lang, "chart.colon").trimEnd(), ...sources.map(cite)];
}

/** The content of a chart's downloadable image, in `lang`. */
export function imageContent(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: ImageOptions,
): ImageContent {
  const chart = renderChart(dataset, lang, slug, options.site ? { site: options.site } : {});
  const observations = plottedObservations(chart.def);
  return {
    lang,
    title: chart.def.title,
    takeaway: chart.takeaway,
    desc: chart.panels.map((p) => p.desc).join(" "),
    panels: chart.panels.map(({ panel, wide }) => {
      const heading = localized(panel.metric, "label", lang);
      const only = panel.observations[0];
      if (wide || !only) return { heading, ...(wide ? { svg: wide } : {}) };
      return {
        heading,
        number: {
          value: formatObservation(only, lang),
          meta: `${scopeLabel(dataset, only.site, lang, "city")}${t(lang, "chart.listSeparator")}${only.year}`,
          quote: `${t(lang, "quote.open")}${isolateForeign(only.quote, lang)}${t(lang, "quote.close")}`,
        },
      };
    }),
    key: keyEntries(
      chart.panels.filter((p) => p.wide).map((p) => p.panel.marks),
      lang,
    ),
    sources: sourceLines(chartSources(dataset, observations), lang),
    credit: t(lang, "chart.credit", { site: t(lang, "site.name"), version: options.version }),
  };
}

/** The chart as a standalone SVG file. */
export const chartSvgFile = (
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: ImageOptions,
): string => chartImageSvg(imageContent(dataset, lang, slug, options));

/** The chart as a PNG at twice its size, its text drawn in. */
export const chartPngFile = (
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: ImageOptions,
): Uint8Array<ArrayBuffer> => svgToPng(chartSvgFile(dataset, lang, slug, options), 2);

/** The chart's link preview card (og:image), 1200 × 630 px. */
export const chartSharePng = (
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: ImageOptions,
): Uint8Array<ArrayBuffer> => svgToPng(shareCardSvg(imageContent(dataset, lang, slug, options)), 1);
