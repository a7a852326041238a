import { t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { figureScope } from "../lib/format/scope.ts";
import { sourceLabel, valueLabel } from "./labels.ts";

/**
 * A mark's native tooltip (its SVG <title>, no JavaScript): the value as
 * published with its qualifier, the scope, the year or period and the
 * source — "plus de 900 · Tout le réseau · 2016 · H24info".
 */
export function tooltip(dataset: Dataset, obs: Observation, lang: Lang): string {
  const when =
    obs.period_start !== undefined ? `${obs.period_start}–${obs.year}` : String(obs.year);
  const value =
    obs.period_start === undefined ? valueLabel(obs, lang) : periodValue(dataset, obs, lang);
  return [value, figureScope(dataset, obs, lang), when, sourceLabel(dataset, obs)].join(" · ");
}

/**
 * A period figure's value as what it measured: a yearly average for an
 * annual metric ("30 par an en moyenne"), else a level held throughout
 * ("100 % sur toute la période").
 */
export function periodValue(dataset: Dataset, obs: Observation, lang: Lang): string {
  const annual = datasetIndex(dataset).metricOf(obs.metric).kind === "annual";
  return t(lang, annual ? "chart.period.annual" : "chart.period.other", {
    value: valueLabel(obs, lang),
  });
}
