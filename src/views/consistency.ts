import { t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { formatObservation } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { consistencyFlags, type ConsistencyRule } from "../lib/model/consistency.ts";

/** A consistency flag: figures of different sources that cannot all be right as printed. */
export interface ConsistencyFlagView {
  rule: ConsistencyRule;
  /** The figures' ids, space-separated. */
  ids: string;
  /** The rule broken, with its metric and year. */
  title: string;
  /** Each figure of the larger side: "Tout le réseau 2016 (Emplois) : 2 000, H24info". */
  larger: string[];
  /** The figures of the smaller side, in one line. */
  versus: string;
}

/** The consistency checks of the latest release (DataConsistency.astro). */
export interface ConsistencyView {
  version: string;
  flags: ConsistencyFlagView[];
}

/** The consistency flags of `dataset` (release `version`) in `lang`; nothing is fixed. */
export function consistencyView(dataset: Dataset, version: string, lang: Lang): ConsistencyView {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const figure = (o: Observation) =>
    `${scopeLabel(dataset, o.site, lang)} ${o.year} (${localized(metricOf(o.metric), "label", lang)}): ` +
    `${formatObservation(o, lang)}, ${sourceOf(o.source).publisher}`;
  return {
    version,
    flags: consistencyFlags(dataset).map((f) => ({
      rule: f.rule,
      ids: [...f.larger, ...f.smaller].map((o) => o.id).join(" "),
      title: t(lang, `data.consistency.rule.${f.rule}`, {
        metric: localized(metricOf(f.metric), "label", lang),
        year: String(f.year),
      }),
      larger: f.larger.map(figure),
      versus: f.smaller.map(figure).join(" ; "),
    })),
  };
}
