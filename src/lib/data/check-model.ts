import { listItems } from "../../schemas/common.ts";
import type { MetricKind } from "../../schemas/metrics.ts";
import { NETWORK, openedYear } from "../../schemas/sites.ts";
import type { Observation, Site } from "./dataset.ts";

/** Records a problem in one column when `ok` is false. */
export type At = (column: string, ok: boolean, message: string) => void;

/**
 * The 2.0.0 model's rules for one figure:
 *
 * - scope names some parks of a `network` figure: only on `network` rows
 *   (a park's figure covers that park); each a known site, open by the
 *   figure's year; at least two (one park is a figure of that park); and
 *   not every park open that year (then `network` already says it: leave
 *   scope empty, so one meaning has one spelling);
 * - a period starts before its last year (`period_start` < `year`);
 * - alternative years only for an inferred year, and never the year itself.
 */
export function checkObservationModel(
  o: Observation,
  sites: ReadonlyMap<string, Site>,
  known: (site: string) => boolean,
  at: At,
): void {
  const scope = listItems(o.scope);
  if (scope.length) {
    at(
      "scope",
      o.site === NETWORK,
      `scope is only for network figures: a figure of ${o.site} covers that park alone`,
    );
    const unknown = scope.filter((s) => !known(s) || s === NETWORK);
    at("scope", unknown.length === 0, `unknown site '${unknown[0]}' in scope`);
    at(
      "scope",
      scope.length >= 2,
      `scope names one park: file the figure under site ${scope[0]} instead of network`,
    );
    const closed = scope.filter((s) => {
      const site = sites.get(s);
      const y = site && openedYear(site);
      return y !== undefined && y > o.year;
    });
    at(
      "scope",
      closed.length === 0,
      `${closed[0]} had not opened in ${o.year} (it opened ${sites.get(closed[0] ?? "")?.opened})`,
    );
    const open = [...sites.values()].filter((s) => openedYear(s) <= o.year);
    at(
      "scope",
      !(
        o.site === NETWORK &&
        unknown.length === 0 &&
        open.length > 0 &&
        open.every((s) => scope.includes(s.id))
      ),
      `scope names every park open in ${o.year}: leave it empty, network already means all of them`,
    );
  }
  if (o.period_start !== undefined)
    at(
      "period_start",
      o.period_start < o.year,
      `a period starts before its last year: ${o.period_start} is not before ${o.year}`,
    );
  const alternatives = listItems(o.year_alternatives);
  if (alternatives.length) {
    at(
      "year_alternatives",
      o.year_basis === "inferred",
      "alternative years are only for an inferred year: a printed year has none (or set year_basis to inferred)",
    );
    at(
      "year_alternatives",
      !alternatives.includes(String(o.year)),
      `lists ${o.year}, the figure's own year: list only the other possible years`,
    );
  }
}

/**
 * The 2.1.0 model's rules for what a figure's metric kind allows:
 *
 * - a rate (kind rate) needs its horizon, and only a rate has one: "86 %"
 *   without "after 2 years" is not a figure, and two horizons are never
 *   one series;
 * - horizon_from says what a horizon counts from, so only with a horizon;
 * - a target is set for a year after its source was published (the last
 *   year of its date); a figure for the source's own year or before is a
 *   fact, under a metric that is not a target.
 */
export function checkKindRules(
  o: Observation,
  kind: MetricKind | undefined,
  published: { year: number; date: string } | undefined,
  at: At,
): void {
  if (kind === undefined) return;
  if (kind === "rate")
    at(
      "horizon",
      o.horizon !== "",
      `a rate needs its horizon: how long after what ${o.metric} is measured (P2Y, P18M), as the quote says`,
    );
  else
    at(
      "horizon",
      o.horizon === "",
      `horizon is only for a rate: ${o.metric} is a metric of kind ${kind}`,
    );
  at(
    "horizon_from",
    o.horizon_from === "" || o.horizon !== "",
    "horizon_from says what a horizon counts from: set horizon too, or leave both empty",
  );
  if (kind === "target" && published)
    at(
      "year",
      o.year > published.year,
      `a target is set for a later year: ${o.year} is not after its source's date (${published.date}); a figure of that year is a fact, under a metric that is not a target`,
    );
}
