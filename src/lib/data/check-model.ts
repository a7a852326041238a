import { listItems } from "../../schemas/common.ts";
import type { MetricKind } from "../../schemas/metrics.ts";
import { NETWORK, openedYear } from "../../schemas/sites.ts";
import type { Observation, Site } from "./dataset.ts";

/** Records a problem in one column when `ok` is false. */
export type At = (column: string, ok: boolean, message: string) => void;

/** What a figure's years are held to, from the other tables. */
export interface ObservationContext {
  /** The site's (or, for network, the first park's) opening: its id and `opened` as written. */
  opening?: { site: string; opened: string };
  /** The source's publication, as written, and the last year it may fall in. */
  source?: { id: string; published: string; lastYear: number };
  /** The kind of the figure's metric (stock, cumulative, annual, share). */
  metricKind?: string;
}

/**
 * The 2.0.0 model's rules for one figure:
 *
 * - scope names some parks of a `network` figure: only on `network` rows
 *   (a park's figure covers that park); each a known site, open by the
 *   figure's year; at least two (one park is a figure of that park); and
 *   not every park open that year (then `network` already says it: leave
 *   scope empty, so one meaning has one spelling);
 * - a period starts before its last year (`period_start` < `year`), not
 *   before the park opened, and only for a metric that is counted over a
 *   span (annual, share, cumulative): a stock is what is there at one date;
 * - alternative years only for an inferred year, never the year itself, and
 *   each one a year the figure could describe: not before the park opened
 *   (but for a facility or a target, which may come first), not after the
 *   source was published, not before the period's start.
 */
export function checkObservationModel(
  o: Observation,
  sites: ReadonlyMap<string, Site>,
  known: (site: string) => boolean,
  at: At,
  context: ObservationContext = {},
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
  const { opening, source, metricKind } = context;
  const openedIn = opening && Number(opening.opened.slice(0, 4));
  if (o.period_start !== undefined) {
    at(
      "period_start",
      o.period_start < o.year,
      `a period starts before its last year: ${o.period_start} is not before ${o.year}`,
    );
    at(
      "period_start",
      metricKind !== "stock",
      `${o.metric} is a stock, counted at one date: a figure over a period belongs to an annual, share or cumulative metric (leave period_start empty)`,
    );
    at(
      "period_start",
      !opening || openedIn === undefined || o.period_start >= openedIn,
      `the period starts in ${o.period_start}, before ${opening?.site} opened (${opening?.opened})`,
    );
  }
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
    const years = alternatives.map(Number);
    // A capacity, area or cost, like a target, may describe a site before it
    // opened (check-references.ts lets its year do so): its other years too.
    const beforeOpening = metricKind === "facility" || metricKind === "target";
    const early = years.find((y) => !beforeOpening && openedIn !== undefined && y < openedIn);
    at(
      "year_alternatives",
      early === undefined,
      `${early} is before ${opening?.site} opened (${opening?.opened}): the figure cannot describe it`,
    );
    const late = years.find((y) => source && y > source.lastYear);
    at(
      "year_alternatives",
      late === undefined,
      `${late} is after source ${source?.id} was published (${source?.published}): the figure cannot describe it`,
    );
    const beforePeriod = years.find((y) => o.period_start !== undefined && y < o.period_start);
    at(
      "year_alternatives",
      beforePeriod === undefined,
      `${beforePeriod} is before the period's start (${o.period_start}): the figure's last year cannot come before its first`,
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

/**
 * The 2.1.0 model's rule for a range the source prints («de 30 à 40»):
 * qualifier range and value_high go together (value is the lower bound,
 * value_high the upper), and the range runs upwards. A range is never
 * filed as one of its ends, nor as a midpoint: neither is printed.
 */
export function checkRange(o: Observation, at: At): void {
  if (o.qualifier === "range")
    at(
      "value_high",
      o.value_high !== undefined,
      "a range needs its upper bound in value_high: «de 30 à 40» is value 30 and value_high 40",
    );
  else
    at(
      "value_high",
      o.value_high === undefined,
      `value_high is only for a range: set qualifier to 'range', or leave value_high empty (qualifier is '${o.qualifier}')`,
    );
  if (o.value_high !== undefined)
    at(
      "value_high",
      o.value < o.value_high,
      `a range runs upwards: value_high ${o.value_high} is not above value ${o.value}`,
    );
}
