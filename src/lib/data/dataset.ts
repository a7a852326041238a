import type { Correction } from "../../schemas/corrections.ts";
import type { TimelineEvent } from "../../schemas/events.ts";
import type { Metric } from "../../schemas/metrics.ts";
import type { Observation } from "../../schemas/observations.ts";
import type { Place } from "../../schemas/places.ts";
import type { Site } from "../../schemas/sites.ts";
import type { Source } from "../../schemas/sources.ts";

/**
 * The whole validated dataset: what every page, release and test reads.
 * Plain tables only, so it clones and serialises as it is; its lookups by
 * id live beside it (`datasetIndex`), never in it.
 */
export interface Dataset {
  sources: Source[];
  sites: Site[];
  metrics: Metric[];
  observations: Observation[];
  events: TimelineEvent[];
  /** Cities named by plans of the network, with no park; empty for releases before 2.2.0, which had no such table. */
  places: Place[];
  /** Errata of earlier releases; empty for releases before 2.0.0, which had no such table. */
  corrections: Correction[];
}

/** Rows of the referenced tables by id. Each throws on an id the dataset lacks. */
export interface DatasetIndex {
  sourceOf: (id: string) => Source;
  siteOf: (id: string) => Site;
  metricOf: (id: string) => Metric;
  /** The ids of its figures: whether a release carries a figure, without a scan of its table. */
  observationIds: ReadonlySet<string>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

function byId<T extends { id: string }>(rows: readonly T[], table: string): (id: string) => T {
  const map = new Map(rows.map((r) => [r.id, r]));
  return (id) => {
    const row = map.get(id);
    if (!row) throw new Error(`dataset: no ${table} row with id "${id}"`);
    return row;
  };
}

/**
 * The index of `dataset`, built on first use and kept for the dataset's
 * life (the loader builds it as it loads). Kept in a WeakMap rather than on
 * the dataset, so written tables and clones never carry it; a dataset's
 * tables are not changed after they are indexed.
 */
export function datasetIndex(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = {
      sourceOf: byId(dataset.sources, "sources"),
      siteOf: byId(dataset.sites, "sites"),
      metricOf: byId(dataset.metrics, "metrics"),
      observationIds: new Set(dataset.observations.map((o) => o.id)),
    };
    indexes.set(dataset, index);
  }
  return index;
}

export type { Correction, Metric, Observation, Place, Site, Source, TimelineEvent };
