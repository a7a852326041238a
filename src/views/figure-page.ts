import { chartsWithData } from "../charts/index.ts";
import { plottedObservations } from "../charts/types.ts";
import { isStringKey, t, type Lang } from "../i18n/index.ts";
import { datasetMemo } from "../lib/data/dataset-memo.ts";
import { datasetIndex, type Dataset, type Observation, type Source } from "../lib/data/dataset.ts";
import { readerNote, type ReaderNote } from "../lib/data/reader-note.ts";
import type { SiteData } from "../lib/data/site-data.ts";
import { figureYear, formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { figureScope, scopeLabel } from "../lib/format/scope.ts";
import { errata } from "../lib/model/errata.ts";
import type { ReleaseInfo } from "../lib/release/releases.ts";
import { chartPath, figurePath, PAGE, sitePath, sitesPath } from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import { listItems } from "../schemas/common.ts";
import { NETWORK } from "../schemas/sites.ts";
import type { ImageContent } from "../render/chart-image.ts";
import { sourceLines } from "../render/image-content.ts";
import { keyEntries, type KeyItem } from "../render/key-symbols.ts";
import { figureDrawings, type FigureDrawing } from "../render/figure-drawings.ts";
import { renderChart } from "../render/render-chart.ts";

/** Another source's figure for the same thing, linked to its own page. */
export interface OtherFigure {
  href: string;
  value: string;
  /** "H24info, juin 2016". */
  credit: string;
  /** The same value and qualifier as this page's figure. */
  agrees: boolean;
}

export interface FigurePageView {
  /** The page's route after the language, for the layout. */
  path: string;
  /** "Entreprises accompagnées — Tout le réseau, 2016". */
  title: string;
  /** The figure as published: "plus de 900". */
  value: string;
  metric: { label: string; definition: string };
  /** Where it applies, partial network figures with their parks: "Tout le réseau (Casablanca et Rabat : 2 parcs sur 3)". */
  scope: string;
  /** The park's page, or the parks' page for a network figure. */
  scopeHref: string;
  /** The park's name, or "Tout le réseau": the link back. */
  scopeName: string;
  /** "2016", or a period's span "2001–2011". */
  year: string;
  /** How the year is known, when it is not printed: "Année déduite du contenu ; autre année possible : 2012". */
  yearNote?: string;
  source: Source;
  quote: string;
  note?: ReaderNote;
  /** Other sources' figures for the same metric, site, scope and year (or period). */
  others: OtherFigure[];
  /** "Ajouté dans la version 1.0.0", then each correction, oldest release first. */
  history: string[];
  /** The chart that draws the figure (or its metric), if any. */
  chart?: {
    slug: string;
    href: string;
    title: string;
    /** Whether the chart draws this figure (a period figure is only named in its caveats). */
    draws: boolean;
    /**
     * The narrow drawing of the chart's panel for the figure's metric, if
     * drawn: each other figure's mark links to its page; this one's is
     * ringed instead.
     */
    svg?: string;
    /** Whether the drawing rings this figure's mark (it draws the figure). */
    ringed: boolean;
    /** The drawing's key (its series' colours, its marks' shapes), with its words. */
    key: { item: KeyItem; text: string }[];
  };
  /** The sentence to cite the figure with, its address in it. */
  citation: string;
  /** The address in the citation, set apart so it reads left to right in Arabic. */
  citationUrl: string;
  /** The link preview card (og:image), a site path under the base. */
  shareImage: string;
  /** The page's description and the card's text alternative. */
  description: string;
}

/**
 * What a figure's link preview card (og:image) shows: the metric as its
 * title, the quote under it, the value as a big number with its scope and
 * year, the source and the data version.
 */
export function figureShareContent(
  view: FigurePageView,
  version: string,
  lang: Lang,
): ImageContent {
  return {
    lang,
    title: view.metric.label,
    takeaway: `${t(lang, "quote.open")}${view.quote}${t(lang, "quote.close")}`,
    desc: view.description,
    panels: [
      {
        heading: view.metric.label,
        number: {
          value: view.value,
          meta: `${view.scope}${t(lang, "chart.listSeparator")}${view.year}`,
          quote: "",
        },
      },
    ],
    key: [],
    sources: sourceLines([view.source], lang),
    credit: t(lang, "chart.credit", { site: t(lang, "site.name"), version }),
  };
}

/** Figures describing one thing: metric, site, scope and year or period (as describe.ts groups them). */
const thingKey = (o: Observation) =>
  `${o.metric}|${o.site}|${o.scope}|${o.period_start ?? ""}|${o.year}`;

const things = datasetMemo<Map<string, Observation[]>>();

/**
 * The figures of `dataset` describing the same thing as `obs`, itself
 * included, in table order. Grouped once per dataset: a scan of the whole
 * table for each figure's page made their build grow with the square of
 * the data (#27).
 */
function sameThing(dataset: Dataset, obs: Observation): Observation[] {
  const byThing = things(dataset, "", () => {
    const groups = new Map<string, Observation[]>();
    for (const o of dataset.observations) {
      const group = groups.get(thingKey(o));
      if (group) group.push(o);
      else groups.set(thingKey(o), [o]);
    }
    return groups;
  });
  return byThing.get(thingKey(obs)) ?? [];
}

/** "H24info, juin 2016": who published a figure and when, for lists and citations. */
export function sourceCredit(source: Source, lang: Lang): string {
  return `${source.publisher}, ${formatPartialDate(source.published, lang)}`;
}

/**
 * The ids a figure has had: its own and, following renames in the
 * corrections table (field `id`), every earlier one.
 */
function formerIds(dataset: Dataset, id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++)
    for (const c of dataset.corrections)
      if (c.table === "observations" && c.field === "id" && c.after === ids[i]) ids.push(c.row_id);
  return ids;
}

/**
 * A corrected column in the reader's words ("qualificatif"); a note column
 * is "note". A column without words stops the build rather than show a
 * column name in a sentence.
 */
function fieldName(field: string, lang: Lang): string {
  const key = `figurePage.field.${/^note_(fr|en|ar)$/.test(field) ? "note" : field}`;
  if (!isStringKey(key))
    throw new Error(`figure history: no UI string "${key}" for column ${field}`);
  return t(lang, key);
}

/** A corrected value in the reader's words: a qualifier or a year basis named, others as they are. */
function fieldValue(field: string, value: string, lang: Lang): string {
  if (value === "") return "—";
  const key = `figurePage.field.${field}.${value}`;
  return isStringKey(key) ? t(lang, key) : value;
}

/**
 * A figure's history across `releases` (oldest first, each with its
 * dataset): the first release that carried it (under any of its ids), then
 * each correction of its row, named by the release that brought it (the
 * first whose corrections table holds it) and the release that had
 * published the value corrected: "Corrigé dans la version 2.0.0 :
 * qualificatif, « exact » (version 1.1.0) → « plus de ». Why…", in the
 * reader's language (the data page's errata keep the column names).
 */
export function figureHistory(
  dataset: Dataset,
  releases: readonly { version: string; dataset: Dataset }[],
  id: string,
  lang: Lang,
): string[] {
  const ids = new Set(formerIds(dataset, id));
  const first = releases.find((r) =>
    [...ids].some((id) => datasetIndex(r.dataset).observationIds.has(id)),
  );
  const out = first ? [t(lang, "figurePage.addedIn", { version: first.version })] : [];
  const own = dataset.corrections.filter((c) => c.table === "observations" && ids.has(c.row_id));
  const broughtIn = (correction: string) =>
    releases.find((r) => r.dataset.corrections.some((c) => c.id === correction))?.version;
  for (const e of errata(dataset, own))
    out.push(
      t(lang, "figurePage.correctedIn", {
        version: broughtIn(e.id) ?? e.publishedIn,
        was: e.publishedIn,
        field: fieldName(e.field, lang),
        before: fieldValue(e.field, e.before, lang),
        after: fieldValue(e.field, e.after, lang),
        why: e.reason[lang],
      }),
    );
  return out;
}

const drawings = datasetMemo<(id: string) => FigureDrawing>();

/**
 * The figure pages' variants of panel `index` of chart `slug` in `lang`
 * (each other figure's mark linked, the page's own ringed), made from one
 * parse of its narrow drawing `svg` for all the pages. Kept per dataset,
 * as renderChart keeps the drawing, so both go with the dataset.
 */
function panelDrawings(dataset: Dataset, lang: Lang, slug: string, index: number, svg: string) {
  return drawings(dataset, `${lang}|${slug}|${index}`, () =>
    figureDrawings(svg, (id) => figurePath(lang, id)),
  );
}

/** The chart that draws `obs`, else the first chart of its metric; undefined when none has data. */
function chartOf(dataset: Dataset, obs: Observation, lang: Lang) {
  const charts = chartsWithData(dataset).map((entry) => ({
    entry,
    chart: renderChart(dataset, lang, entry.slug),
  }));
  const drawing = charts.find(({ chart }) =>
    plottedObservations(chart.def).some((o) => o.id === obs.id),
  );
  const found = drawing ?? charts.find(({ entry }) => entry.metrics.includes(obs.metric));
  if (!found) return undefined;
  const index = found.chart.panels.findIndex((p) => p.panel.metric.id === obs.metric);
  const panel = found.chart.panels[index];
  const svg = panel?.narrow;
  const drawn = svg
    ? panelDrawings(dataset, lang, found.entry.slug, index, svg)(obs.id)
    : undefined;
  return {
    slug: found.entry.slug,
    href: chartPath(lang, found.entry.slug),
    title: found.chart.def.title,
    draws: drawing !== undefined,
    ...(drawn === undefined ? {} : { svg: drawn.svg }),
    ringed: drawn?.ringed ?? false,
    key: svg && panel ? keyEntries([panel.panel.marks], lang) : [],
  };
}

/**
 * The page of one figure of the latest release in `lang`: the value as
 * published, what it measures, where and when, its source and quote, its
 * note, the other sources for the same thing, its history across
 * `releases`, its chart, and a sentence to cite it with. `site` is the
 * public origin (Astro.site) for the address in the citation.
 */
export function figurePageView(
  dataset: Dataset,
  latest: ReleaseInfo,
  releases: readonly { version: string; dataset: Dataset }[],
  obs: Observation,
  lang: Lang,
  site: URL | undefined,
): FigurePageView {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const metric = metricOf(obs.metric);
  const source = sourceOf(obs.source);
  const label = localized(metric, "label", lang);
  const scope = figureScope(dataset, obs, lang);
  const year = figureYear(obs);
  const value = formatObservation(obs, lang);
  const alternatives = listItems(obs.year_alternatives);
  const yearNote =
    obs.year_basis === "inferred"
      ? alternatives.length > 0
        ? t(lang, "figurePage.yearInferredOr", { years: alternatives.join(", ") })
        : t(lang, "figurePage.yearInferred")
      : undefined;
  const note = readerNote(obs, lang);
  const chart = chartOf(dataset, obs, lang);
  const title = t(lang, "figurePage.title", { metric: label, scope, year });
  const url = absoluteUrl(figurePath(lang, obs.id), site);
  return {
    path: PAGE.figure(obs.id),
    title,
    value,
    metric: { label, definition: localized(metric, "definition", lang) },
    scope,
    scopeHref: obs.site === NETWORK ? sitesPath(lang) : sitePath(lang, obs.site),
    scopeName: scopeLabel(dataset, obs.site, lang),
    year,
    ...(yearNote ? { yearNote } : {}),
    source,
    quote: obs.quote,
    ...(note ? { note } : {}),
    others: sameThing(dataset, obs)
      .filter((o) => o.id !== obs.id)
      .map((o) => ({
        href: figurePath(lang, o.id),
        value: formatObservation(o, lang),
        credit: sourceCredit(sourceOf(o.source), lang),
        agrees:
          o.value === obs.value && o.value_high === obs.value_high && o.qualifier === obs.qualifier,
      })),
    history: figureHistory(dataset, releases, obs.id, lang),
    ...(chart ? { chart } : {}),
    citation: t(lang, "figurePage.citation", {
      metric: label,
      scope,
      year,
      value,
      source: sourceCredit(source, lang),
      site: t(lang, "site.name"),
      version: latest.version,
      url,
    }),
    citationUrl: url,
    shareImage: figurePath(lang, obs.id) + "share.png",
    description: t(lang, "figurePage.description", {
      title,
      value,
      source: sourceCredit(source, lang),
    }),
  };
}

/** Every release with its dataset, oldest first: what a figure's history reads. */
export function releaseDatasets(data: SiteData): { version: string; dataset: Dataset }[] {
  return data.releases.map((r) => {
    const dataset = data.datasets.get(r.version);
    if (!dataset) throw new Error(`releaseDatasets: no dataset for ${r.version}`);
    return { version: r.version, dataset };
  });
}
