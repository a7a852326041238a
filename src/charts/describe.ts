import { INTL_LOCALE, t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation, type Site } from "../lib/data/dataset.ts";
import { formatNumber, formatObservation, formatQuantity } from "../lib/format/format.ts";
import { tCount } from "../lib/format/plural.ts";
import { readerNote } from "../lib/data/reader-note.ts";
import { localized } from "../lib/format/localize.ts";
import { figureScope, parksOpenIn, siteName } from "../lib/format/scope.ts";
import { consistencyFlags, flagsOfMetrics } from "../lib/model/consistency.ts";
import { disagreements, preferNetwork } from "../lib/model/figures.ts";
import { listItems } from "../schemas/common.ts";
import { NETWORK, openedYear } from "../schemas/sites.ts";
import { sourceLabel, valueLabel } from "./labels.ts";
import {
  periodObservationsOf,
  rangeObservationsOf,
  WITHHELD_FROM_CHARTS,
  withheldObservationsOf,
} from "./select.ts";
import { plottedObservations, type ChartDefinition, type Panel } from "./types.ts";

const join = (lang: Lang, items: string[]) => items.join(t(lang, "chart.listSeparator"));

/** "2001, 2005 et 2011": a list read as a sentence, with the language's own "and". */
const listOf = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }).format(items);

/**
 * A period figure's value as what it measured: a yearly average for an
 * annual metric ("30 par an en moyenne"), else a level held throughout
 * ("100 % sur toute la période").
 */
function periodValue(dataset: Dataset, obs: Observation, lang: Lang): string {
  const annual = datasetIndex(dataset).metricOf(obs.metric).kind === "annual";
  return t(lang, annual ? "chart.period.annual" : "chart.period.other", {
    value: formatObservation(obs, lang),
  });
}

/** A figure in a sentence: "plus de 900 (Tout le réseau)", with the source when disputed. */
function figure(dataset: Dataset, obs: Observation, lang: Lang, disputed: boolean): string {
  const scope = figureScope(dataset, obs, lang);
  const who = disputed ? join(lang, [scope, sourceLabel(dataset, obs)]) : scope;
  return `${valueLabel(obs, lang)} (${who})`;
}

/**
 * The figures a takeaway cites for one year: the network's when it has
 * any (they cover every park), else every site's; all sources kept.
 */
function figuresOfYear(observations: readonly Observation[], year: number): Observation[] {
  return preferNetwork(observations.filter((o) => o.year === year));
}

/**
 * One true line from the data: the first panel's metric, with its figures
 * of the earliest and the latest year, each as published and with its
 * scope — "Emplois — en 2011 : 1 500 (Casablanca) ; en 2016 : 2 000 (Tout le
 * réseau)." Period figures, not one year's, are left out.
 */
export function takeaway(dataset: Dataset, def: ChartDefinition, lang: Lang): string {
  const panel = def.panels[0];
  if (!panel) return "";
  const obs = panel.observations.filter((o) => o.period_start === undefined);
  if (obs.length === 0) return "";
  const disputed = new Set(
    disagreements(obs)
      .flat()
      .map((o) => o.id),
  );
  const allYears = obs.map((o) => o.year);
  const years = [...new Set([Math.min(...allYears), Math.max(...allYears)])];
  const parts = years.map((year) =>
    t(lang, "chart.takeaway.year", {
      year,
      figures: join(
        lang,
        figuresOfYear(obs, year).map((o) => figure(dataset, o, lang, disputed.has(o.id))),
      ),
    }),
  );
  return t(lang, "chart.takeaway", {
    metric: localized(panel.metric, "label", lang),
    figures: parts.join(t(lang, "chart.clauseSeparator")),
  });
}

/**
 * Every figure of a panel in words, for the SVG <desc> and screen readers:
 * scope (with the parks a partial network figure covers), year or period,
 * value as published, source.
 */
export function describePanel(dataset: Dataset, panel: Panel, lang: Lang): string {
  const figures = panel.observations.map((o) =>
    o.period_start === undefined
      ? t(lang, "chart.desc.figure", {
          scope: figureScope(dataset, o, lang),
          year: o.year,
          value: valueLabel(o, lang),
          source: sourceLabel(dataset, o),
        })
      : t(lang, "chart.desc.period", {
          scope: figureScope(dataset, o, lang),
          from: o.period_start,
          to: o.year,
          value: periodValue(dataset, o, lang),
          source: sourceLabel(dataset, o),
        }),
  );
  const kinds = panel.marks;
  const notes = [
    ...(kinds.links ? [t(lang, "chart.key.link")] : []),
    ...(kinds.qualifiers.has("more_than") ? [t(lang, "chart.key.more_than")] : []),
  ];
  return [
    `${localized(panel.metric, "label", lang)}${t(lang, "chart.colon")}${join(lang, figures)}.`,
    ...notes.map((n) => `${n}.`),
  ].join(" ");
}

/** Years in which only one site had opened: their figures cover that site alone. */
function singleSiteYears(dataset: Dataset, observations: readonly Observation[]) {
  const out = new Map<Site, number[]>();
  for (const year of [...new Set(observations.map((o) => o.year))].sort()) {
    const [only, ...others] = parksOpenIn(dataset, year);
    if (only && others.length === 0) out.set(only, [...(out.get(only) ?? []), year]);
  }
  return out;
}

/**
 * Figures that describe one thing — metric, site, scope and year (or
 * period) — from two sources or more. `sameFigureKey` leaves scope out, so
 * a network figure for two parks is never compared with one for all.
 */
function figureGroups(observations: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.metric}|${o.site}|${o.scope}|${o.period_start ?? ""}|${o.year}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * What a group of figures for one thing says, truthfully: the same figure
 * from several sources («le même chiffre, 550, selon deux sources»), the
 * same number worded differently («550» and «plus de 550»), or figures that
 * disagree, each reading once with the sources that give it.
 */
function groupCaveat(dataset: Dataset, group: readonly Observation[], lang: Lang): string {
  const [first] = group;
  if (!first) return "";
  const readings = new Map<string, Observation[]>();
  for (const o of group) {
    const key = `${o.qualifier}|${o.value}`;
    readings.set(key, [...(readings.get(key) ?? []), o]);
  }
  const publishers = (obs: readonly Observation[]) => [
    ...new Set(obs.map((o) => sourceLabel(dataset, o))),
  ];
  const sourceCount = new Set(group.map((o) => o.source)).size;
  // A period figure («Depuis 2007», 2007–2011) is said as one, never as its last year's.
  const valueOf = (o: Observation) =>
    o.period_start === undefined ? valueLabel(o, lang) : periodValue(dataset, o, lang);
  const where = {
    scope: figureScope(dataset, first, lang),
    year: first.period_start === undefined ? first.year : `${first.period_start}–${first.year}`,
  };
  if (readings.size === 1)
    return t(lang, "chart.caveat.same", {
      ...where,
      value: valueOf(first),
      sources: tCount(lang, "chart.count.sources", sourceCount),
      names: join(lang, publishers(group)),
    });
  const figures = join(
    lang,
    [...readings.values()].map(
      (obs) => `${valueOf(obs[0] as Observation)} (${join(lang, publishers(obs))})`,
    ),
  );
  if (new Set(group.map((o) => o.value)).size === 1)
    return t(lang, "chart.caveat.sameNumber", {
      ...where,
      number: formatQuantity(first.value, first.unit, lang),
      sources: tCount(lang, "chart.count.sources", sourceCount),
      figures,
    });
  return t(lang, "chart.caveat.disagree", {
    ...where,
    figures,
    shown: tCount(lang, "chart.caveat.shown", group.length),
  });
}

/**
 * Caveats derived from the figures drawn: years when one park was the whole
 * network, network and site series side by side, network figures that
 * cover only some parks, bounds, figures given by several sources (the
 * same, or not), and that nothing is interpolated; period figures and
 * consistency flags. Observation notes are listed apart, by
 * `observationNotes`.
 */
export function caveats(dataset: Dataset, def: ChartDefinition, lang: Lang): string[] {
  const obs = plottedObservations(def);
  const out: string[] = [];
  for (const [site, years] of singleSiteYears(dataset, obs)) {
    const later = dataset.sites.filter((s) => s.id !== site.id);
    out.push(
      t(lang, "chart.caveat.singleSite", {
        years: listOf(lang, years.map(String)),
        site: siteName(dataset, site, lang),
        later: join(
          lang,
          later.map((s) => `${siteName(dataset, s, lang)} ${openedYear(s)}`),
        ),
      }),
    );
  }
  if (
    def.panels.some(
      (p) => p.plot && new Set(p.observations.map((o) => o.site === NETWORK)).size > 1,
    )
  )
    out.push(t(lang, "chart.caveat.scopes"));
  const partial = new Map<string, Observation>();
  for (const o of obs)
    if (o.site === NETWORK && o.scope)
      partial.set(`${o.year}|${o.scope}`, partial.get(`${o.year}|${o.scope}`) ?? o);
  for (const o of partial.values()) {
    const covered = listItems(o.scope);
    const { siteOf } = datasetIndex(dataset);
    out.push(
      t(lang, "chart.caveat.partialScope", {
        year: o.year,
        parks: listOf(
          lang,
          covered.map((id) => siteName(dataset, siteOf(id), lang)),
        ),
        count: tCount(lang, "chart.count.parksOf", parksOpenIn(dataset, o.year).length, {
          part: formatNumber(covered.length, lang),
        }),
      }),
    );
  }
  if (obs.some((o) => o.qualifier === "more_than")) out.push(t(lang, "chart.caveat.bounds"));
  if (obs.some((o) => o.qualifier === "less_than" || o.qualifier === "at_most"))
    out.push(t(lang, "chart.caveat.upperBounds"));
  for (const group of figureGroups(obs)) out.push(groupCaveat(dataset, group, lang));
  if (def.panels.some((p) => p.plot)) out.push(t(lang, "chart.caveat.sparse"));
  // Period figures: drawn as a span over their period when the chart draws
  // them, else left out; either way named here, each as what it measured.
  const period = (o: Observation) =>
    `${periodValue(dataset, o, lang)} (${join(lang, [figureScope(dataset, o, lang), `${o.period_start}–${o.year}`, sourceLabel(dataset, o)])})`;
  const plotted = new Set(obs.map((o) => o.id));
  const drawn = obs.filter((o) => o.period_start !== undefined);
  if (drawn.length)
    out.push(t(lang, "chart.caveat.periodsDrawn", { figures: join(lang, drawn.map(period)) }));
  const left = def.panels
    .flatMap((p) => periodObservationsOf(dataset, p.metric.id))
    .filter((o) => !plotted.has(o.id));
  if (left.length)
    out.push(t(lang, "chart.caveat.periods", { figures: join(lang, left.map(period)) }));
  const ranges = def.panels.flatMap((p) => rangeObservationsOf(dataset, p.metric.id));
  if (ranges.length)
    out.push(
      t(lang, "chart.caveat.ranges", {
        figures: join(
          lang,
          ranges.map(
            (o) =>
              `${valueLabel(o, lang)} (${join(lang, [figureScope(dataset, o, lang), String(o.year), sourceLabel(dataset, o)])})`,
          ),
        ),
      }),
    );
  for (const o of def.panels.flatMap((p) => withheldObservationsOf(dataset, p.metric.id))) {
    const key = WITHHELD_FROM_CHARTS[o.id];
    if (key)
      out.push(
        t(lang, key, {
          figure: `${valueLabel(o, lang)} (${join(lang, [figureScope(dataset, o, lang), String(o.year), sourceLabel(dataset, o)])})`,
        }),
      );
  }
  const flags = flagsOfMetrics(
    consistencyFlags(dataset),
    def.panels.map((p) => p.metric.id),
  );
  if (flags.length) out.push(tCount(lang, "chart.caveat.consistency", flags.length));
  return out;
}

/**
 * The notes the data attach to the figures drawn, once each, with the
 * figure they concern, in the reader's language when the data has it.
 */
export function observationNotes(
  def: ChartDefinition,
  lang: Lang,
): { observation: Observation; note: string; noteLang: Lang }[] {
  const seen = new Set<string>();
  return plottedObservations(def).flatMap((o) => {
    const note = readerNote(o, lang);
    if (!note || seen.has(note.text)) return [];
    seen.add(note.text);
    return [{ observation: o, note: note.text, noteLang: note.lang }];
  });
}
