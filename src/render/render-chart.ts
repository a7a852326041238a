import { describePanel, takeaway } from "../charts/describe.ts";
import { drawChart } from "../charts/index.ts";
import { NARROW, WIDE, type ChartDefinition, type Panel } from "../charts/types.ts";
import type { Lang } from "../i18n/index.ts";
import { datasetMemo } from "../lib/data/dataset-memo.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { localized } from "../lib/format/localize.ts";
import { plotToSvg } from "./plot-svg.ts";

export interface RenderedPanel {
  panel: Panel;
  /** Text stating every figure of the panel (the SVG's <desc>). */
  desc: string;
  /** Inline SVG at WIDE and NARROW widths; absent for a big number. */
  wide?: string;
  narrow?: string;
}

export interface RenderedChart {
  def: ChartDefinition;
  takeaway: string;
  panels: RenderedPanel[];
}

export interface RenderOptions {
  site?: string;
  /** Prefix of the SVG ids; distinct for each copy of a chart on one page. */
  idPrefix?: string;
}

const rendered = datasetMemo<RenderedChart>();

/**
 * A chart of `dataset` drawn for `lang`: its definition, takeaway and each
 * panel's SVG at both widths. Memoised per dataset, so a page and its
 * downloads draw each chart once per build.
 */
export function renderChart(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  options: RenderOptions = {},
): RenderedChart {
  const prefix = options.idPrefix ?? `tp-${slug}${options.site ? `-${options.site}` : ""}`;
  const key = `${lang}|${slug}|${options.site ?? ""}|${prefix}`;
  return rendered(dataset, key, () => draw(dataset, lang, slug, options.site, prefix));
}

/** What renderChart gives, drawn: once per dataset and key. */
function draw(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  siteId: string | undefined,
  prefix: string,
): RenderedChart {
  const site = siteId ? { site: siteId } : {};
  const def = drawChart(dataset, lang, slug, { ...site, width: WIDE });
  const narrow = drawChart(dataset, lang, slug, { ...site, width: NARROW });
  const panels = def.panels.map((panel, i): RenderedPanel => {
    const desc = describePanel(dataset, panel, lang);
    const small = narrow.panels[i]?.plot;
    if (!panel.plot || !small) return { panel, desc };
    const label = localized(panel.metric, "label", lang);
    const title =
      def.panels.length > 1 && label !== def.title ? `${def.title} — ${label}` : def.title;
    const meta = (w: string) => ({ idPrefix: `${prefix}-${i + 1}${w}`, title, desc });
    return {
      panel,
      desc,
      wide: plotToSvg(panel.plot, meta("w")),
      narrow: plotToSvg(small, meta("n")),
    };
  });
  return { def, takeaway: takeaway(dataset, def, lang), panels };
}
