import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { GAZETTEER, type GazetteerPlace } from "../lib/geo/gazetteer.ts";
import { plannedPlaces, releasePlaces } from "../lib/geo/site-places.ts";
import { figurePath, sitePath, timelinePath } from "../lib/web/routes.ts";
import { renderParkMap } from "../render/park-map-svg.ts";
import { listItems } from "../schemas/common.ts";
import { openedYear } from "../schemas/sites.ts";
import { timelineEntries } from "../lib/model/timeline.ts";

/** One park in the map's table: the same data as the drawing. */
export interface ParkMapRow {
  id: string;
  href: string;
  name: string;
  city: string;
  opened: string;
  /** "33.58831, -7.61138 (GeoNames 2553604)", or undefined when not placed. */
  position?: string;
  /** The park's figure of the map's metric, latest year, as published. */
  figures: { href: string; text: string }[];
  /** Dates of the plans announced for it before it opened (plan events). */
  plans: string[];
}

/** One city of plans where no park is open, in the map's second table. */
export interface PlannedPlaceRow {
  id: string;
  name: string;
  /** "34.03313, -5.00028 (GeoNames 2548885)". */
  position: string;
  /** Its plans, oldest first, each linked to its entry on the timeline. */
  plans: { href: string; date: string; label: string }[];
}

export interface ParkMapView {
  svg: string;
  /** What the drawing shows, said in words (its text alternative). */
  desc: string;
  /** The metric the labels give, where a park has a figure of it. */
  metric?: string;
  rows: ParkMapRow[];
  /** Cities named by plans where no park is open (release 2.2.0 on), drawn apart from the parks. */
  planned: PlannedPlaceRow[];
}

/**
 * The figure shown for each park: the metric published for the most parks
 * (single-year figures of one park, periods left out; on a tie the first in
 * metrics.csv), so the labels compare like with like.
 */
export function mapMetric(dataset: Dataset): Metric | undefined {
  let best: { metric: Metric; parks: number } | undefined;
  for (const metric of dataset.metrics) {
    const parks = dataset.sites.filter((s) =>
      dataset.observations.some(
        (o) => o.metric === metric.id && o.site === s.id && o.period_start === undefined,
      ),
    ).length;
    if (parks > 0 && (!best || parks > best.parks)) best = { metric, parks };
  }
  return best?.metric;
}

/** A park's figures of `metric` for its latest year with one (all of them if sources differ). */
function latestFigures(dataset: Dataset, site: string, metric: Metric | undefined): Observation[] {
  if (!metric) return [];
  const own = dataset.observations.filter(
    (o) => o.metric === metric.id && o.site === site && o.period_start === undefined,
  );
  const latest = Math.max(...own.map((o) => o.year));
  return own.filter((o) => o.year === latest);
}

/**
 * The map of the parks in `lang`: the drawing (parks placed by `places`,
 * the park `current` drawn larger on its own page) and the same data as a
 * table, each park with its opening, its position and gazetteer id, its
 * latest figure of the map's metric where one is published, and the dates
 * of the plans announced for it.
 */
export function parkMapView(
  dataset: Dataset,
  lang: Lang,
  places: Map<string, GazetteerPlace>,
  current?: string,
  planned: Map<string, GazetteerPlace> = new Map(),
): ParkMapView {
  const metric = mapMetric(dataset);
  const parks = dataset.sites.map((site) => {
    const place = places.get(site.id);
    const figures = latestFigures(dataset, site.id, metric);
    const first = figures[0];
    const row: ParkMapRow = {
      id: site.id,
      href: sitePath(lang, site.id),
      name: localized(site, "name", lang),
      city: localized(site, "city", lang),
      opened: formatPartialDate(site.opened, lang),
      ...(place
        ? {
            position: t(lang, "map.position", {
              lat: place.lat,
              lon: place.lon,
              source: GAZETTEER.name,
              id: place.geonamesId,
            }),
          }
        : {}),
      figures: figures.map((o) => ({
        href: figurePath(lang, o.id),
        text: t(lang, "sites.latestIn", { value: formatObservation(o, lang), year: o.year }),
      })),
      plans: dataset.events
        .filter((e) => e.site === site.id && e.kind === "plan")
        .map((e) => formatPartialDate(e.date, lang)),
    };
    // One line on the drawing: the latest year's values, each different one once.
    const figureLine = first
      ? [
          t(lang, "sites.latestIn", {
            value: [...new Set(figures.map((o) => formatObservation(o, lang)))].join(" / "),
            year: first.year,
          }),
        ]
      : [];
    const details = [t(lang, "sites.opened", { year: openedYear(site) }), ...figureLine];
    return { row, place, details };
  });
  const placed = parks.filter((p) => p.place !== undefined);
  const metricLabel = metric ? localized(metric, "label", lang) : undefined;
  const plans = plannedRows(dataset, lang, planned);
  const desc = [
    t(lang, "map.desc", {
      parks: placed
        .map((p) => [p.row.name, ...p.details].join(", "))
        .join(t(lang, "chart.clauseSeparator")),
    }),
    ...(plans.length > 0
      ? [t(lang, "map.descPlans", { places: plans.map((p) => p.row.name).join(", ") })]
      : []),
  ].join(" ");
  const svg = renderParkMap({
    id: current ? `tp-map-${current}` : "tp-map",
    lang,
    title: t(lang, "map.title"),
    desc,
    parks: placed.map(({ row, place, details }) => ({
      id: row.id,
      href: row.href,
      name: row.name,
      details,
      lon: place?.lon ?? 0,
      lat: place?.lat ?? 0,
      current: row.id === current,
    })),
    plans: plans.map(({ row, place }) => ({
      id: row.id,
      href: row.plans.at(-1)?.href ?? timelinePath(lang),
      name: row.name,
      lon: place.lon,
      lat: place.lat,
    })),
  });
  return {
    svg,
    desc,
    ...(metricLabel ? { metric: metricLabel } : {}),
    rows: parks.map((p) => p.row),
    planned: plans.map((p) => p.row),
  };
}

/**
 * The cities of plans placed by `planned` (plannedPlaces), in places.csv
 * order, each with its position and its plans, oldest first, linked to the
 * timeline.
 */
function plannedRows(dataset: Dataset, lang: Lang, planned: Map<string, GazetteerPlace>) {
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  return dataset.places.flatMap((p) => {
    const place = planned.get(p.id);
    if (!place) return [];
    // In the timeline's own order (timelineEntries), so the last is the latest.
    const plans = timelineEntries(listItems(p.events).flatMap((id) => events.get(id) ?? [])).map(
      ({ event: e }) => ({
        href: `${timelinePath(lang)}#${e.id}`,
        date: formatPartialDate(e.date, lang),
        label: localized(e, "label", lang),
      }),
    );
    const row: PlannedPlaceRow = {
      id: p.id,
      name: localized(p, "name", lang),
      position: t(lang, "map.position", {
        lat: place.lat,
        lon: place.lon,
        source: GAZETTEER.name,
        id: place.geonamesId,
      }),
      plans,
    };
    return [{ row, place }];
  });
}

/**
 * The map of the parks of a release the site shows, in `lang`: parks placed
 * by their GeoNames ids (releasePlaces), the cities of plans by its
 * places.csv (none before 2.2.0), the park `current` drawn larger.
 */
export function releaseParkMapView(dataset: Dataset, lang: Lang, current?: string): ParkMapView {
  return parkMapView(dataset, lang, releasePlaces(dataset), current, plannedPlaces(dataset));
}
