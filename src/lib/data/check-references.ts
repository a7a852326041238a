import type { TableName } from "../../schemas/index.ts";
import { COUNT_UNITS, PERCENT_KINDS, type Metric } from "../../schemas/metrics.ts";
import { parsePartialDate, pointKey } from "../../schemas/partial-date.ts";
import { NETWORK, openedYear } from "../../schemas/sites.ts";
import type { Correction, Dataset, Observation, Site, Source, TimelineEvent } from "./dataset.ts";
import { checkCorrectionAgainstRelease, checkCorrectionsAgainstData } from "./check-corrections.ts";
import { checkKindRules, checkObservationModel } from "./check-model.ts";
import type { DataIssue } from "./issues.ts";
import { QUALIFIER_EXAMPLE, qualifierAfter, qualifierBefore } from "./qualifier-lexicon.ts";
import { findFigure } from "./quote-numbers.ts";
import {
  EDITORIAL_RULES,
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
  };

  for (const l of rows<Metric>("metrics")) {
    const m = l.row;
    check("metrics", l)(
      "unit",
      !PERCENT_KINDS.includes(m.kind) || m.unit === "percent",
      `a metric of kind ${m.kind} has the unit percent, not '${m.unit}'`,
    );
  }

  for (const l of rows<Source>("sources")) {
    const s = l.row;
    const start = parsePartialDate(s.published).value?.start;
    check("sources", l)(
      "published",
      !ctx.releaseDate || !start || pointKey(start) <= ctx.releaseDate,
      `published ${s.published}, after the release date ${ctx.releaseDate}`,
    );
  }

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
    checkObservationModel(o, siteRows, (s) => knows("sites", s), at);
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

  const openings = new Map<string, number>();
  for (const l of rows<TimelineEvent>("events")) {
    const e = l.row;
    const at = check("events", l);
    at("site", isSite(e.site), `unknown site '${e.site}'`);
    at("source", knows("sources", e.source), `unknown source '${e.source}'`);
    quoteLength(at, e.quote);
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
  const corrections = rows<Correction>("corrections");
  const current = Object.fromEntries(
    Object.entries(tables).map(([name, ls]) => [name, ls.map((l) => l.row)]),
  ) as Record<TableName, Record<string, unknown>[]>;
  for (const l of corrections) {
    const c = l.row;
    const at = check("corrections", l);
    at("source", knows("sources", c.source), `unknown source '${c.source}'`);
    // Only against whole tables: a row that failed validation is reported as itself.
    if (known[c.table]?.size === tables[c.table].length)
      checkCorrectionsAgainstData(
        c,
        corrections.map((x) => x.row),
        current,
        at,
      );
    if (ctx.published) checkCorrectionAgainstRelease(c, ctx.published, at);
  }
}
