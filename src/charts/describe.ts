import { t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation, type Site } from "../lib/data/dataset.ts";
import { formatObservation } from "../lib/format/format.ts";
import { readerNote } from "../lib/data/reader-note.ts";
import { localized } from "../lib/format/localize.ts";
import { scopeLabel } from "../lib/format/scope.ts";
import { consistencyFlags, flagsOfMetrics } from "../lib/model/consistency.ts";
import { disagreements, preferNetwork } from "../lib/model/figures.ts";
import { NETWORK, openedYear } from "../schemas/sites.ts";
import { sourceLabel, valueLabel } from "./labels.ts";
import { periodObservationsOf } from "./select.ts";
import { plottedObservations, type ChartDefinition, type Panel } from "./types.ts";

const join = (lang: Lang, items: string[]) => items.join(t(lang, "chart.listSeparator"));

/** A figure in a sentence: "plus de 900 (Les trois Technoparks)", with the source when disputed. */
function figure(dataset: Dataset, obs: Observation, lang: Lang, disputed: boolean): string {
  const scope = scopeLabel(dataset, obs.site, lang, "city");
  const who = disputed ? `${scope}, ${sourceLabel(dataset, obs)}` : scope;
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
 * scope — "Emplois — en 2011 : 1 500 (Casablanca) ; en 2016 : 2 000 (Les
 * trois Technoparks)."
 */
export function takeaway(dataset: Dataset, def: ChartDefinition, lang: Lang): string {
  const panel = def.panels[0];
  if (!panel) return "";
  const obs = panel.observations;
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

/** Every figure of a panel in words, for the SVG <desc> and screen readers. */
export function describePanel(dataset: Dataset, panel: Panel, lang: Lang): string {
  const figures = panel.observations.map((o) =>
    t(lang, "chart.desc.figure", {
      scope: scopeLabel(dataset, o.site, lang, "city"),
      year: o.year,
      value: valueLabel(o, lang),
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
    const [only, ...others] = dataset.sites.filter((s) => openedYear(s) <= year);
    if (only && others.length === 0) out.set(only, [...(out.get(only) ?? []), year]);
  }
  return out;
}

/**
 * Caveats derived from the figures drawn: years when one park was the whole
 * network, network and site series side by side, bounds, sources that
 * disagree, and that nothing is interpolated. Observation notes (in English
 * in the data) are listed apart, by `observationNotes`.
 */
export function caveats(dataset: Dataset, def: ChartDefinition, lang: Lang): string[] {
  const obs = plottedObservations(def);
  const out: string[] = [];
  for (const [site, years] of singleSiteYears(dataset, obs)) {
    const later = dataset.sites.filter((s) => s.id !== site.id);
    out.push(
      t(lang, "chart.caveat.singleSite", {
        years: join(lang, years.map(String)),
        site: localized(site, "city", lang),
        later: join(
          lang,
          later.map((s) => `${localized(s, "city", lang)} ${openedYear(s)}`),
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
  if (obs.some((o) => o.qualifier !== "exact" && o.qualifier !== "approx"))
    out.push(t(lang, "chart.caveat.bounds"));
  for (const group of disagreements(obs)) {
    const [first] = group;
    if (!first) continue;
    out.push(
      t(lang, "chart.caveat.disagree", {
        scope: scopeLabel(dataset, first.site, lang, "city"),
        year: first.year,
        figures: join(
          lang,
          group.map((o) => `${valueLabel(o, lang)} (${sourceLabel(dataset, o)})`),
        ),
      }),
    );
  }
  if (def.panels.some((p) => p.plot)) out.push(t(lang, "chart.caveat.sparse"));
  const periods = def.panels.flatMap((p) => periodObservationsOf(dataset, p.metric.id));
  if (periods.length)
    out.push(
      t(lang, "chart.caveat.periods", {
        figures: join(
          lang,
          periods.map(
            (o) =>
              `${formatObservation(o, lang)} (${scopeLabel(dataset, o.site, lang, "city")}, ${o.period_start}–${o.year}, ${datasetIndex(dataset).sourceOf(o.source).publisher})`,
          ),
        ),
      }),
    );
  const flags = flagsOfMetrics(
    consistencyFlags(dataset),
    def.panels.map((p) => p.metric.id),
  );
  if (flags.length) out.push(t(lang, "chart.caveat.consistency", { count: flags.length }));
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
