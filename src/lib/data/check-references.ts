import type { TableName } from "../../schemas/index.ts";
import { COUNT_UNITS, PERCENT_KINDS, type Metric } from "../../schemas/metrics.ts";
import { parsePartialDate, pointKey } from "../../schemas/partial-date.ts";
import { NETWORK, openedYear } from "../../schemas/sites.ts";
import type {
  Correction,
  Dataset,
  Observation,
  Place,
  Site,
  Source,
  TimelineEvent,
} from "./dataset.ts";
import {
  checkCorrectionAgainstRelease,
  checkCorrectionOnce,
  checkCorrectionsAgainstData,
} from "./check-corrections.ts";
import { checkEventIds, checkObservationIds } from "./check-ids.ts";
import { checkPlaces } from "./check-places.ts";
import { checkKindRules, checkObservationModel, checkRange } from "./check-model.ts";
import { checkReaderTexts } from "./check-texts.ts";
import type { DataIssue } from "./issues.ts";
import {
  QUALIFIER_EXAMPLE,
  qualifierAfter,
  qualifierBefore,
  statesRange,
} from "./qualifier-lexicon.ts";
import { findFigure } from "./quote-numbers.ts";
import {
  EDITORIAL_RULES,
  QUOTE_MAX_CHARS,
  QUOTE_MAX_WORDS,
  RELEASE_ONLY_RULES,
  type EditorialRule,
  type RuleSet,
} from "./rule-set.ts";

/** A validated row with where it came from, for cross-table messages. */
export interface Located<T = Record<string, unknown>> {
  row: T;
  line: number;
  header: string[];
}

export type Tables = Record<TableName, Located[]>;

/**
 * Ids present in each table, including rows that failed validation, so one
 * bad row does not also make every reference to it "unknown". `undefined`
 * for a table that could not be read at all: references to it are not
 * checked, since its own error already says what is wrong.
 */
export type KnownIds = Partial<Record<TableName, Set<string>>>;

export interface CheckContext {
  issues: DataIssue[];
  warnings: DataIssue[];
  rules: RuleSet;
  /** Day of the release being cut (YYYY-MM-DD): no source may be dated after it. */
  releaseDate?: string;
  /** Published releases by version, to check each correction against its release. */
  published?: (version: string) => Dataset | undefined;
  /** Today (YYYY-MM-DD): no source may be dated after it. Default: the clock's day (UTC). */
  today?: string;
}

export function cellIssue(
  file: string,
  line: number,
  header: string[],
  columnName: string,
  message: string,
): DataIssue {
  const index = header.indexOf(columnName);
  return index === -1
    ? { file, line, message }
    : { file, line, column: index + 1, columnName, message };
}

/** Words of a quote: runs of letters or digits, so « and – do not count. */
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const lastYear = (date: string) => {
  const d = parsePartialDate(date).value;
  return d ? (d.end ?? d.start).year : undefined;
};

/** The last day a date may stand for ("2016-06" → "2016-06-30"; "2011/2012" → "2012-12-31"). */
function lastDay(date: string): string | undefined {
  const d = parsePartialDate(date).value;
  if (!d) return undefined;
  const p = d.end ?? d.start;
  const month = p.month ?? 12;
  const day = p.day ?? new Date(Date.UTC(p.year, month, 0)).getUTCDate();
  return pointKey({ year: p.year, month, day, precision: "day" });
}

/** The first day a date may stand for ("2016-06" → "2016-06-01"). */
function firstDay(date: string): string | undefined {
  const d = parsePartialDate(date).value;
  return d && pointKey(d.start);
}

/** Checks every rule that crosses rows or tables; pushes each problem found. */
export function checkReferences(
  tables: Tables,
  known: KnownIds,
  inputs: Record<TableName, { file: string }>,
  ctx: CheckContext,
): void {
  const rows = <T>(name: TableName) => tables[name] as Located<T>[];
  const siteRows = new Map(rows<Site>("sites").map((l) => [l.row.id, l.row]));
  const sites = new Map([...siteRows].map(([id, s]) => [id, openedYear(s)]));
  const metrics = new Map(rows<Metric>("metrics").map((l) => [l.row.id, l.row]));
  const sources = new Map(rows<Source>("sources").map((l) => [l.row.id, l.row]));
  const knows = (table: TableName, id: string) => known[table]?.has(id) ?? true;
  const isSite = (site: string) => site === NETWORK || knows("sites", site);

  const check =
    (table: TableName, l: Located) =>
    (column: string, ok: boolean, message: string, rule?: EditorialRule) => {
      if (ok) return;
      if (rule && ctx.rules === "published" && EDITORIAL_RULES.includes(rule)) return;
      const list =
        rule && ctx.rules === "data" && RELEASE_ONLY_RULES.includes(rule)
          ? ctx.warnings
          : ctx.issues;
      list.push(cellIssue(inputs[table].file, l.line, l.header, column, message));
    };
  const quoteLength = (at: ReturnType<typeof check>, quote: string) => {
    const words = wordCount(quote);
    at(
      "quote",
      words <= QUOTE_MAX_WORDS,
      `quote has ${words} words: keep the shortest fragment that carries it (at most ${QUOTE_MAX_WORDS} words)`,
      "quote-length",
    );
    at(
      "quote",
      words > QUOTE_MAX_WORDS || quote.length <= QUOTE_MAX_CHARS,
      `quote has ${quote.length} characters: keep the shortest fragment that carries it (at most ${QUOTE_MAX_CHARS} characters)`,
      "quote-length",
    );
  };

  for (const l of rows<Metric>("metrics")) {
    const m = l.row;
    check("metrics", l)(
      "unit",
      !PERCENT_KINDS.includes(m.kind) || m.unit === "percent",
      `a metric of kind ${m.kind} has the unit percent, not '${m.unit}'`,
    );
  }

  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  for (const l of rows<Source>("sources")) {
    const s = l.row;
    const start = parsePartialDate(s.published).value?.start;
    check("sources", l)(
      "published",
      !ctx.releaseDate || !start || pointKey(start) <= ctx.releaseDate,
      `published ${s.published}, after the release date ${ctx.releaseDate}`,
    );
    check("sources", l)(
      "published",
      !start || pointKey(start) <= today,
      `published ${s.published}, after today (${today}): a source is dated when it appeared`,
    );
  }

  // The first park's opening stands for network figures: none is older.
  const firstPark = [...siteRows.values()].sort((a, b) =>
    a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0,
  )[0];
  const openingOf = (site: string) => {
    const s = site === NETWORK ? firstPark : siteRows.get(site);
    return s && { site: s.id, opened: s.opened };
  };

  for (const l of rows<Observation>("observations")) {
    const o = l.row;
    const at = check("observations", l);
    at("metric", knows("metrics", o.metric), `unknown metric '${o.metric}'`);
    at("site", isSite(o.site), `unknown site '${o.site}'`);
    at("source", knows("sources", o.source), `unknown source '${o.source}'`);
    const metricUnit = metrics.get(o.metric)?.unit;
    at(
      "unit",
      metricUnit === undefined || metricUnit === o.unit,
      `unit '${o.unit}' differs from metric ${o.metric}'s unit '${metricUnit}'`,
    );
    const kind = metrics.get(o.metric)?.kind;
    // A site's capacity, area or cost is often stated for its project, and a
    // target for a site yet to open: only those may come before the opening.
    const beforeOpening = kind === "facility" || kind === "target";
    const opened = sites.get(o.site);
    at(
      "year",
      opened === undefined || o.year >= opened || beforeOpening,
      `${o.year} is before ${o.site} opened (${opened})`,
    );
    const source = sources.get(o.source);
    const published = source && lastYear(source.published);
    at(
      "year",
      published === undefined || o.year <= published || kind === "target",
      `${o.year} is after source ${o.source} was published (${source?.published})`,
    );
    checkRange(o, at);
    checkKindRules(
      o,
      kind,
      source && published !== undefined ? { year: published, date: source.published } : undefined,
      at,
    );
    at(
      "value",
      o.unit !== "percent" || (o.value >= 0 && o.value <= 100),
      `${o.value} is not a percentage between 0 and 100`,
    );
    const counts = (COUNT_UNITS as readonly string[]).includes(o.unit);
    at(
      "value",
      !counts || Number.isInteger(o.value),
      `${o.value} is not a whole number: a count of ${o.unit} is an integer`,
    );
    const opening = openingOf(o.site);
    const metricKind = metrics.get(o.metric)?.kind;
    checkObservationModel(o, siteRows, (s) => knows("sites", s), at, {
      ...(opening ? { opening } : {}),
      ...(source && published !== undefined
        ? { source: { id: source.id, published: source.published, lastYear: published } }
        : {}),
      ...(metricKind ? { metricKind } : {}),
    });
    quoteLength(at, o.quote);
    const { found, notFigure } = findFigure(o.quote, o.value, { timeUnit: o.unit === "years" });
    if (notFigure) {
      at(
        "value",
        false,
        `${o.value} is a ${notFigure.role} in the quote ("${o.quote}"), not the figure`,
      );
      continue;
    }
    at("quote", found.length > 0, `quote does not state the value ${o.value}`);
    if (!found.length || !source) continue;
    if (o.qualifier === "range") {
      if (o.value_high === undefined) continue;
      const high = findFigure(o.quote, o.value_high).found;
      at("value_high", high.length > 0, `quote does not state value_high ${o.value_high}`);
      const [v, h] = [o.value, o.value_high];
      at(
        "qualifier",
        !high.length || statesRange(o.quote, found, high),
        `'range' but the quote does not join ${v} and ${h} as a range («de ${v} à ${h}», "${v} to ${h}", «من ${v} إلى ${h}»)`,
      );
      continue;
    }
    // An approximate numeral is approx by itself, or bounded by the words
    // before it: "plus d’une cinquantaine" is more_than 50.
    // A word after the number and its noun may qualify it too: «30 مقاولة تقريبا».
    const said = found.flatMap((n) => {
      const before = qualifierBefore(o.quote.slice(0, n.start), source.language);
      const after = qualifierAfter(o.quote.slice(n.end), source.language);
      const approx = { qualifier: "approx" as const, phrase: n.text };
      const words =
        n.role !== "approx-numeral"
          ? [before]
          : before.qualifier === "exact"
            ? [approx]
            : [approx, before];
      return after.qualifier === "exact" ? words : [...words, after];
    });
    if (said.some((s) => s.qualifier === o.qualifier)) continue;
    const first = said[0] as (typeof said)[number];
    at(
      "qualifier",
      false,
      first.phrase
        ? `'${o.qualifier}' disagrees with the quote: "${first.phrase}" before ${o.value} means ${first.qualifier}`
        : `'${o.qualifier}' but the quote has no word such as ${QUALIFIER_EXAMPLE[o.qualifier]} before ${o.value}: it states the figure as exact`,
    );
  }

  const observations = rows<Observation>("observations");
  checkObservationIds(
    observations,
    (i) => check("observations", observations[i] as Located),
    (o) => knows("metrics", o.metric) && isSite(o.site) && knows("sources", o.source),
  );
  const events = rows<TimelineEvent>("events");
  checkEventIds(
    events,
    (i) => check("events", events[i] as Located),
    (e) => isSite(e.site) && knows("sources", e.source),
  );
  checkReaderTexts(tables, (table, i) => check(table, tables[table][i] as Located));

  const openings = new Map<string, number>();
  for (const l of rows<TimelineEvent>("events")) {
    const e = l.row;
    const at = check("events", l);
    at("site", isSite(e.site), `unknown site '${e.site}'`);
    at("source", knows("sources", e.source), `unknown source '${e.source}'`);
    quoteLength(at, e.quote);
    const eventSource = sources.get(e.source);
    const sourceEnd = eventSource && lastDay(eventSource.published);
    const eventStart = firstDay(e.date);
    // A plan may be dated by what was planned ("courant 2023"); anything
    // that happened is reported after it happened.
    at(
      "date",
      e.kind === "plan" || !sourceEnd || !eventStart || eventStart <= sourceEnd,
      `${e.date} is after source ${e.source} was published (${eventSource?.published}): a source reports what happened before it`,
    );
    const opened = sites.get(e.site);
    const start = parsePartialDate(e.date).value?.start.year;
    if (e.kind !== "opening") {
      // A plan, or an event such as a building inaugurated before the park
      // opened or a source that dates the opening otherwise (kept as a
      // dating disagreement), may come first; an anniversary never does.
      at(
        "date",
        e.kind !== "anniversary" || opened === undefined || start === undefined || start >= opened,
        `${e.date} is before ${e.site} opened (${opened}): an anniversary comes after the opening`,
      );
      continue;
    }
    at("site", e.site !== NETWORK, "an opening must name the site that opened");
    const site = siteRows.get(e.site);
    at(
      "date",
      site === undefined || e.date === site.opened,
      `opening dated ${e.date} but sites.csv says ${e.site} opened ${site?.opened}: the two dates agree, to the same precision`,
    );
    const first = openings.get(e.site);
    at(
      "kind",
      first === undefined,
      `a second opening of ${e.site} (the first is on line ${first}): a site opens once`,
    );
    if (first === undefined) openings.set(e.site, l.line);
  }
  // Only when every event row is valid: a broken opening row is reported once, as itself.
  if (known.events && known.events.size === tables.events.length)
    for (const l of rows<Site>("sites"))
      check("sites", l)(
        "id",
        openings.has(l.row.id),
        `${l.row.id} has no opening event in events.csv: each site has exactly one`,
      );
  const eventRows = new Map(rows<TimelineEvent>("events").map((l) => [l.row.id, l.row]));
  const siteLines = rows<Site>("sites");
  const places = rows<Place>("places");
  checkPlaces(siteLines, places, (id) => eventRows.get(id), (id) => knows("events", id), {
    site: (i) => check("sites", siteLines[i] as Located),
    place: (i) => check("places", places[i] as Located),
  });
  const corrections = rows<Correction>("corrections");
  const current = Object.fromEntries(
    Object.entries(tables).map(([name, ls]) => [name, ls.map((l) => l.row)]),
  ) as Record<TableName, Record<string, unknown>[]>;
  corrections.forEach((l, i) => {
    const c = l.row;
    const at = check("corrections", l);
    at("source", knows("sources", c.source), `unknown source '${c.source}'`);
    checkCorrectionOnce(c, corrections.slice(0, i), at);
    // Only against whole tables: a row that failed validation is reported as itself.
    if (known[c.table]?.size === tables[c.table].length)
      checkCorrectionsAgainstData(
        c,
        corrections.map((x) => x.row),
        current,
        at,
      );
    if (ctx.published) checkCorrectionAgainstRelease(c, ctx.published, at);
  });
}
