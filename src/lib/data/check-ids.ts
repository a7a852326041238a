import type { Observation, TimelineEvent } from "./dataset.ts";

/** Records a problem in one column of a row when `ok` is false. */
type At = (column: string, ok: boolean, message: string) => void;

interface Row<T> {
  row: T;
  line: number;
}

/** "x.jobs.casablanca.2011-2" → ["x.jobs.casablanca.2011", 2]; no suffix → [id, 1]. */
function splitNumber(id: string, base: string): number | undefined {
  if (id === base) return 1;
  if (!id.startsWith(`${base}-`)) return undefined;
  const n = id.slice(base.length + 1);
  return /^[2-9]$|^[1-9]\d+$/.test(n) ? Number(n) : undefined;
}

/**
 * Observation ids say what the row is: `<source>.<metric>.<site>.<year>`,
 * so a figure filed under one id cannot silently describe another. A source
 * that gives two figures for the same metric, site and year (an interview
 * that contradicts itself) files the second as `<…>-2` and says why in its
 * notes; the same figure twice, or a second value without that mark, is
 * refused.
 */
export function checkObservationIds(
  rows: readonly Row<Observation>[],
  check: (index: number) => At,
  /** Whether the row's metric, site and source exist: an id is not judged by unknown ones. */
  known: (o: Observation) => boolean = () => true,
): void {
  const first = new Map<string, Row<Observation>>();
  const ids = new Set(rows.map((l) => l.row.id));
  rows.forEach((l, index) => {
    const o = l.row;
    const at = check(index);
    const base = `${o.source}.${o.metric}.${o.site}.${o.year}`;
    const key = [o.metric, o.site, o.scope, o.year, o.period_start ?? "", o.source].join("|");
    const earlier = first.get(key);
    if (!earlier) first.set(key, l);
    const n = splitNumber(o.id, base);
    if (earlier) {
      const same = earlier.row.value === o.value && earlier.row.qualifier === o.qualifier;
      at(
        "value",
        !same,
        `the same figure as line ${earlier.line} (same metric, site, scope, year, source, value and qualifier): remove one`,
      );
      if (same) return;
      at(
        "value",
        n !== undefined && n > 1,
        `${o.value} where line ${earlier.line} has ${earlier.row.value} for the same metric, site, scope, year and source: if the source really gives both, give this row the id '${base}-2' and say why in its notes`,
      );
      if (n === undefined || n === 1) return;
      at(
        "note_en",
        o.note_en !== "",
        `a second figure of the same source and year (line ${earlier.line} has ${earlier.row.value}) says in its notes why both are kept`,
      );
      return;
    }
    if (!known(o)) return;
    at(
      "id",
      n !== undefined,
      `'${o.id}' does not follow <source>.<metric>.<site>.<year>: this row's id is '${base}'`,
    );
    at(
      "id",
      n === undefined || n === 1 || ids.has(base),
      `'${o.id}' is numbered as a second figure, but no row has the id '${base}'`,
    );
  });
}

/**
 * Event ids follow `<source>.<kind>.<site>`, except plans of the network,
 * named for the places planned (`<source>.plan.fes-oujda`); a second event
 * of the same source, kind and site is `<…>-2`.
 */
export function checkEventIds(
  rows: readonly Row<TimelineEvent>[],
  check: (index: number) => At,
  known: (e: TimelineEvent) => boolean = () => true,
) {
  const ids = new Set(rows.map((l) => l.row.id));
  rows.forEach((l, index) => {
    const e = l.row;
    if (!known(e)) return;
    const at = check(index);
    const base = `${e.source}.${e.kind}.${e.site}`;
    const plan = e.kind === "plan" && new RegExp(`^${e.source.replace(/\./g, "\\.")}\\.plan\\.[a-z0-9-]+$`).test(e.id);
    const n = plan ? 1 : splitNumber(e.id, base);
    at(
      "id",
      n !== undefined,
      `'${e.id}' does not follow <source>.<kind>.<site>: this row's id is '${base}'${e.kind === "plan" ? ` (or, for a plan, '${e.source}.plan.<places>')` : ""}`,
    );
    at(
      "id",
      n === undefined || n === 1 || ids.has(base),
      `'${e.id}' is numbered as a second event, but no row has the id '${base}'`,
    );
  });
}
