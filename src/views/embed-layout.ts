import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { localized } from "../lib/format/localize.ts";
import type { EmbedLayout } from "../lib/web/embed.ts";
import { keyEntries } from "../render/key-symbols.ts";
import { renderChart } from "../render/render-chart.ts";
import { chartNumberView, drawnPanels, panelPublishers } from "./chart-figure.ts";

/** Height / width of an SVG string, from its viewBox (or width and height). */
export function svgAspect(svg: string): number {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(open);
  const w = Number(box?.[1] ?? /\swidth="([\d.]+)"/.exec(open)?.[1]);
  const h = Number(box?.[2] ?? /\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(w > 0 && h > 0)) throw new Error(`svgAspect: no size in ${open.slice(0, 80)}`);
  return h / w;
}

/** The paragraphs of a big-number card (ChartNumber.astro), the value first. */
function numberCard(
  dataset: Dataset,
  metric: Metric,
  observations: readonly Observation[],
  lang: Lang,
): string[] {
  const o = observations[0];
  if (!o) return [];
  const card = chartNumberView(dataset, metric, o, lang);
  const { source } = card;
  return [
    card.value,
    card.metric,
    `${card.scope} · ${card.year}`,
    `${t(lang, "quote.open")}${card.quote}${t(lang, "quote.close")}`,
    // SourceCredit: title, publisher, author, then the date and its basis
    // (at most about as long as "publié 2011 – 2012 (date déduite du contenu).").
    `${t(lang, "figure.source")} ${source.title}, ${source.publisher}, ${source.author ?? ""} ${"x".repeat(46)}`,
    t(lang, "chart.bigNumber"),
  ];
}

/**
 * What the embed of `slug` in `lang` shows (EmbedChart.astro with
 * ChartFigure's drawnOnly), as text and drawing proportions, for the height
 * its frame gets without the host script (fallbackHeight).
 */
export function embedLayout(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  version: string,
): EmbedLayout {
  const chart = renderChart(dataset, lang, slug);
  const panels = drawnPanels(chart);
  const many = panels.length > 1;
  const key = keyEntries(
    panels.map((p) => p.panel.marks),
    lang,
  ).map((e) => e.text);
  return {
    title: chart.def.title,
    panels: panels.map((p) => {
      const title = many ? { title: localized(p.panel.metric, "label", lang) } : {};
      if (p.wide && p.narrow)
        return { ...title, wide: svgAspect(p.wide), narrow: svgAspect(p.narrow) };
      return { ...title, card: numberCard(dataset, p.panel.metric, p.panel.observations, lang) };
    }),
    key,
    credit: [
      `${t(lang, "figure.source")} ${panelPublishers(dataset, panels).join(t(lang, "chart.clauseSeparator"))}`,
      `${t(lang, "embed.credit", { site: t(lang, "site.name"), version })} · ${t(lang, "embed.open")}`,
    ],
  };
}
