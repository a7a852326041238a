import { LANGS, STRINGS, t, type Lang } from "../i18n/index.ts";
import { datasetIndex, type Dataset, type Observation } from "../lib/data/dataset.ts";
import { figureYear, formatObservation } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { figureScope } from "../lib/format/scope.ts";
import { VERDICTS, type VerifyIndex } from "../lib/verify/check-sentence.ts";
import { QUALIFIERS } from "../schemas/observations.ts";
import { findFigure } from "../lib/data/quote-numbers.ts";
import { keyWords, keyWordsAfter } from "../lib/verify/fold.ts";
import { figurePath } from "../lib/web/routes.ts";
import { sourceCredit } from "./figure-page.ts";

/** Words of `sets` found in more than `share` of them: "technopark", "depuis"… say nothing of which one. */
function common(sets: readonly (readonly string[])[], share: number): Set<string> {
  const count = new Map<string, number>();
  for (const s of sets) for (const w of new Set(s)) count.set(w, (count.get(w) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > sets.length * share).map(([w]) => w));
}

/** What a figure's quote says it counts: the words after its number ("900 salariés et dirigeants"). */
function countedWords(o: Observation): string[] {
  const at = findFigure(o.quote, o.value, { timeUnit: true }).found[0];
  return at ? keyWordsAfter(o.quote, at.end) : [];
}

/**
 * What the sentence checker of `lang` reads (emitted as JSON beside the
 * page): the words naming each park and each metric, in every language
 * (a sentence may be in any), those the names share left out; and every
 * figure with its value as published, its subject, quote and source in
 * `lang`. All from the dataset: a new park, metric or unit needs no code.
 */
export function verifyIndex(dataset: Dataset, lang: Lang): VerifyIndex {
  const { metricOf, sourceOf } = datasetIndex(dataset);
  const siteWords = dataset.sites.map((s) =>
    LANGS.flatMap((l) => [
      ...keyWords(localized(s, "name", l)),
      ...keyWords(localized(s, "city", l)),
    ]),
  );
  const sharedSite = common(siteWords, 0.5);
  const anySite = new Set(siteWords.flat());
  const labels = dataset.metrics.map((m) =>
    LANGS.flatMap((l) => keyWords(localized(m, "label", l))),
  );
  const sharedLabel = common(labels, 0.5);
  const quotes = dataset.metrics.map((m) =>
    dataset.observations.filter((o) => o.metric === m.id).flatMap(countedWords),
  );
  const sharedQuote = common(quotes, 1 / 3);
  const unique = (words: string[], drop: Set<string>) =>
    [...new Set(words)].filter((w) => !drop.has(w) && !anySite.has(w)).sort();
  return {
    sites: dataset.sites.map((s, i) => ({
      id: s.id,
      words: [...new Set(siteWords[i])].filter((w) => !sharedSite.has(w)).sort(),
    })),
    metrics: dataset.metrics.map((m, i) => ({
      id: m.id,
      unit: m.unit,
      label: unique(labels[i] ?? [], sharedLabel),
      quote: unique(quotes[i] ?? [], sharedQuote),
    })),
    figures: dataset.observations.map((o) => ({
      id: o.id,
      metric: o.metric,
      site: o.site,
      year: o.year,
      ...(o.period_start === undefined ? {} : { start: o.period_start }),
      value: o.value,
      qualifier: o.qualifier,
      href: figurePath(lang, o.id),
      text: formatObservation(o, lang),
      subject: t(lang, "figurePage.title", {
        metric: localized(metricOf(o.metric), "label", lang),
        scope: figureScope(dataset, o, lang),
        year: figureYear(o),
      }),
      quote: o.quote,
      source: sourceCredit(sourceOf(o.source), lang),
    })),
  };
}

/**
 * The words the sentence checker's script writes, in `lang`: verdicts, their
 * explanations, qualifiers; templates with their `{placeholders}`, which the
 * script fills.
 */
export function verifyStrings(lang: Lang): Record<string, string> {
  const keys = [
    "verify.noNumber",
    "verify.read",
    "verify.figure",
    ...VERDICTS.flatMap((v) => [`verify.verdict.${v}`, `verify.explain.${v}`] as const),
    ...QUALIFIERS.map((q) => `qualifier.${q}` as const),
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, STRINGS[lang][k]]));
}
