import type { Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Source } from "../lib/data/dataset.ts";
import { formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { tCount } from "../lib/format/plural.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { findDisagreements, type ObservationGroup } from "../lib/model/disagreements.ts";

/** Figures of one metric, site and year from several sources (DataMethodology.astro). */
export interface FigureGroupView {
  /** Its fragment id: "ecart-jobs-casablanca-2011". */
  id: string;
  metric: string;
  site: string;
  year: number;
  /** "Emplois · Technopark de Casablanca · 2011". */
  title: string;
  /** Each figure as published, with its quote and source. */
  figures: { id: string; value: string; quote: string; source: Source }[];
}

/** The methodology: where sources disagree or agree, and every source cited. */
export interface MethodologyView {
  version: string;
  differ: FigureGroupView[];
  agree: FigureGroupView[];
  /** Every source, oldest first, with its date in words and whether it was inferred. */
  sources: { source: Source; date: string; inferred: boolean }[];
  /** How many of each, in words: "12 cas", "27 sources". */
  counts: { differ: string; agree: string; sources: string };
}

/**
 * The methodology of `dataset` (release `version`) in `lang`: the figures
 * several sources give for one metric, site and year, where they differ
 * and where they agree, and every source, oldest first.
 */
export function methodologyView(dataset: Dataset, version: string, lang: Lang): MethodologyView {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const group = (g: ObservationGroup): FigureGroupView => ({
    id: `ecart-${g.metric}-${g.site}-${g.year}`,
    metric: g.metric,
    site: g.site,
    year: g.year,
    title: `${localized(metricOf(g.metric), "label", lang)} · ${scopeLabel(dataset, g.site, lang)} · ${g.year}`,
    figures: g.observations.map((o) => ({
      id: o.id,
      value: formatObservation(o, lang),
      quote: o.quote,
      source: sourceOf(o.source),
    })),
  });
  const groups = findDisagreements(dataset.observations);
  const differ = groups.filter((g) => g.verdict === "differ").map(group);
  const agree = groups.filter((g) => g.verdict === "agree").map(group);
  return {
    version,
    differ,
    agree,
    counts: {
      differ: tCount(lang, "data.method.cases", differ.length),
      agree: tCount(lang, "data.method.cases", agree.length),
      sources: tCount(lang, "data.method.sourceCount", dataset.sources.length),
    },
    sources: [...dataset.sources]
      .sort((a, b) => a.published.localeCompare(b.published))
      .map((source) => ({
        source,
        date: formatPartialDate(source.published, lang),
        inferred: source.published_basis === "inferred",
      })),
  };
}
