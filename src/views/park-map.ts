import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";
import { formatObservation, formatPartialDate } from "../lib/format/format.ts";
import { localized } from "../lib/format/localize.ts";
import { GAZETTEER, type GazetteerPlace } from "../lib/geo/gazetteer.ts";
import { figurePath, sitePath } from "../lib/web/routes.ts";
import { renderParkMap } from "../render/park-map-svg.ts";
import { openedYear } from "../schemas/sites.ts";

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

export interface ParkMapView {
  svg: string;
  /** What the drawing shows, said in words (its text alternative). */
  desc: string;
  /** The metric the labels give, where a park has a figure of it. */
  metric?: string;
  rows: ParkMapRow[];
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
  const desc = t(lang, "map.desc", {
    parks: placed
      .map((p) => [p.row.name, ...p.details].join(", "))
      .join(t(lang, "chart.clauseSeparator")),
  });
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
  });
  return {
    svg,
    desc,
    ...(metricLabel ? { metric: metricLabel } : {}),
    rows: parks.map((p) => p.row),
  };
}
