import { t, type Lang } from "../i18n/index.ts";
import { datasetMemo } from "../lib/data/dataset-memo.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { figureYear, formatNumber, formatObservation } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { tCount } from "../lib/format/plural.ts";
import { figureScope, scopeLabel } from "../lib/format/scope.ts";
import { figurePath, figuresPath, PAGE } from "../lib/web/routes.ts";
import { NETWORK } from "../schemas/sites.ts";
import { sourceCredit } from "./figure-page.ts";

/**
 * What the list of figures can be narrowed to, each a page of its own built
 * ahead (`/<lang>/chiffres/parc/<site>/`, `…/indicateur/<metric>/`,
 * `…/annee/<year>/`), so the filters are plain links that work without
 * JavaScript. A figure's year is the year it describes (a period's last).
 */
export const FILTER_KINDS = ["parc", "indicateur", "annee"] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export interface FigureFilter {
  kind: FilterKind;
  /** A site id (or "network"), a metric id, a year. */
  value: string;
}

/** One figure in the list: its value as published, when, from whom. */
export interface FigureListRow {
  id: string;
  href: string;
  /** "plus de 900". */
  value: string;
  /** "2016", or a period "2001–2011". */
  year: string;
  /** The year the year filter knows it by (a period's last): "2011". */
  yearValue: string;
  /** Which parks a partial network figure covers ("Tout le réseau (Casablanca et Rabat : …)"), else undefined. */
  scope?: string;
  /** "H24info, juin 2016". */
  source: string;
}

export interface FigureListMetric {
  id: string;
  label: string;
  /** The fragment id of its heading: "casablanca--jobs". */
  anchor: string;
  /** Newest first. */
  rows: FigureListRow[];
}

export interface FigureListPark {
  id: string;
  name: string;
  anchor: string;
  metrics: FigureListMetric[];
}

export interface FilterLink {
  label: string;
  href: string;
  current: boolean;
  /** The park, metric or year it keeps; "" for the link to every figure. */
  value: string;
}

export interface FiguresPageView {
  /** The page's route after the language, for the layout. */
  path: string;
  title: string;
  description: string;
  /** "118 chiffres", or "12 chiffres sur 118" on a filtered view. */
  count: string;
  /** How many figures the release has. */
  total: number;
  /** Whether this is the whole list (the one a script may narrow in place). */
  whole: boolean;
  parks: FigureListPark[];
  filters: { kind: FilterKind; label: string; links: FilterLink[] }[];
}

const yearOf = (o: Observation) => String(o.year);

/** Whether `o` passes `filter` (none: every figure does). */
function passes(o: Observation, filter: FigureFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kind === "parc") return o.site === filter.value;
  if (filter.kind === "indicateur") return o.metric === filter.value;
  return yearOf(o) === filter.value;
}

/** What the list is sorted and filtered by: the ids and years that have figures. */
interface ListKeys {
  /** Site ids with figures, the network first, then the parks in the dataset's order. */
  sites: readonly string[];
  /** Metric ids with figures, in the dataset's order. */
  metrics: readonly string[];
  /** Years with figures, newest first. */
  years: readonly string[];
  filters: readonly FigureFilter[];
}

const keysOf = datasetMemo<ListKeys>();

/**
 * The list's keys, read from the whole table once per dataset (whose
 * tables do not change once loaded): read for each of the list's pages,
 * as many as parks, metrics and years, they made its build grow with the
 * square of the data (#27).
 */
function listKeys(dataset: Dataset): ListKeys {
  return keysOf(dataset, "", () => readListKeys(dataset));
}

function readListKeys(dataset: Dataset): ListKeys {
  const usedSites = new Set(dataset.observations.map((o) => o.site));
  const usedMetrics = new Set(dataset.observations.map((o) => o.metric));
  const sites = [NETWORK, ...dataset.sites.map((s) => s.id)].filter((id) => usedSites.has(id));
  const metrics = dataset.metrics.map((m) => m.id).filter((id) => usedMetrics.has(id));
  const years = [...new Set(dataset.observations.map(yearOf))].sort().reverse();
  return {
    sites,
    metrics,
    years,
    filters: [
      ...sites.map((value) => ({ kind: "parc" as const, value })),
      ...metrics.map((value) => ({ kind: "indicateur" as const, value })),
      ...years.map((value) => ({ kind: "annee" as const, value })),
    ],
  };
}

/** Every filtered view the list has: one per park, metric and year with figures. */
export function figureFilters(dataset: Dataset): readonly FigureFilter[] {
  return listKeys(dataset).filters;
}

/** The name of a filter's value in `lang`: a park, a metric, a year. */
function filterLabel(dataset: Dataset, filter: FigureFilter, lang: Lang): string {
  if (filter.kind === "parc") return scopeLabel(dataset, filter.value, lang);
  if (filter.kind === "indicateur")
    return localized(datasetIndex(dataset).metricOf(filter.value), "label", lang);
  return filter.value;
}

/**
 * The list of every figure of `dataset` in `lang`, or of those `filter`
 * keeps: grouped by park (the network first), then by metric in the
 * dataset's order, newest year first; each figure with its value as
 * published, its year or period, its source, linked to its page. With the
 * links of every filter, the current one marked.
 */
export function figuresPageView(
  dataset: Dataset,
  lang: Lang,
  filter?: FigureFilter,
): FiguresPageView {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const kept = dataset.observations.filter((o) => passes(o, filter));
  if (filter && kept.length === 0)
    throw new Error(`figuresPageView: no figure for ${filter.kind} ${filter.value}`);
  const newestFirst = (a: Observation, b: Observation) =>
    b.year - a.year ||
    (b.period_start ?? b.year) - (a.period_start ?? a.year) ||
    (a.id < b.id ? -1 : 1);
  const keys = listKeys(dataset);
  // The kept figures by park and metric, in table order, grouped in one pass.
  const bySiteMetric = new Map<string, Observation[]>();
  for (const o of kept) {
    const group = bySiteMetric.get(`${o.site}|${o.metric}`);
    if (group) group.push(o);
    else bySiteMetric.set(`${o.site}|${o.metric}`, [o]);
  }
  const parks = keys.sites
    .map((site) => ({
      id: site,
      name: scopeLabel(dataset, site, lang),
      anchor: site,
      metrics: keys.metrics
        .map((metric) => ({
          id: metric,
          label: localized(metricOf(metric), "label", lang),
          anchor: `${site}--${metric}`,
          rows: (bySiteMetric.get(`${site}|${metric}`) ?? []).sort(newestFirst).map((o) => {
            const scope = o.scope ? figureScope(dataset, o, lang) : undefined;
            return {
              id: o.id,
              href: figurePath(lang, o.id),
              value: formatObservation(o, lang),
              year: figureYear(o),
              yearValue: yearOf(o),
              ...(scope ? { scope } : {}),
              source: sourceCredit(sourceOf(o.source), lang),
            };
          }),
        }))
        .filter((m) => m.rows.length > 0),
    }))
    .filter((p) => p.metrics.length > 0);
  const all = dataset.observations.length;
  const name = filter ? filterLabel(dataset, filter, lang) : undefined;
  const title = name
    ? t(lang, "figures.titleFiltered", { filter: name })
    : t(lang, "figures.title");
  const link = (f: FigureFilter): FilterLink => ({
    label: filterLabel(dataset, f, lang),
    href: figuresPath(lang, f),
    current: filter?.kind === f.kind && filter.value === f.value,
    value: f.value,
  });
  return {
    path: filter ? PAGE.figuresBy(filter.kind, filter.value) : PAGE.figures,
    title,
    description: t(lang, "figures.description", { title }),
    count: filter
      ? tCount(lang, "figures.countOf", kept.length, { all: formatNumber(all, lang) })
      : tCount(lang, "figures.count", all),
    total: all,
    whole: !filter,
    parks,
    filters: FILTER_KINDS.map((kind) => ({
      kind,
      label: t(lang, `figures.filter.${kind}`),
      links: [
        {
          label: t(lang, "figures.filter.all"),
          href: figuresPath(lang),
          current: !filter,
          value: "",
        },
        ...keys.filters.filter((f) => f.kind === kind).map(link),
      ],
    })),
  };
}
