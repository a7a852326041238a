import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../data/load-dataset.ts";
import { gazetteerPlace, placeProblem, type GazetteerPlace } from "./gazetteer.ts";

/**
 * Each park's place, by site id: the GeoNames id of `dataset`'s sites
 * (the column geonames_id, published from release 2.1.0), looked up in the
 * gazetteer. A release published before the column (2.0.0) has none: its
 * parks are then placed by the ids `fallback` gives for the same site ids
 * (the working copy data/sites.csv, whose ids enter the next release). A
 * site with no id is left out (the map lists it unplaced). Throws, naming
 * the site, for an id the gazetteer lacks or a place outside Morocco.
 */
export function sitePlaces(
  dataset: Pick<Dataset, "sites">,
  fallback?: () => Pick<Dataset, "sites">,
): Map<string, GazetteerPlace> {
  const published = dataset.sites.some((s) => s.geonames_id !== undefined);
  const ids = new Map(
    (published || !fallback ? dataset : fallback()).sites.map((s) => [s.id, s.geonames_id]),
  );
  const out = new Map<string, GazetteerPlace>();
  for (const site of dataset.sites) {
    const id = ids.get(site.id);
    if (id === undefined) continue;
    const problem = placeProblem(id);
    if (problem) throw new Error(`sites.csv, site '${site.id}' (column geonames_id): ${problem}`);
    out.set(site.id, gazetteerPlace(id) as GazetteerPlace);
  }
  return out;
}

const placesOf = new WeakMap<Pick<Dataset, "sites">, Map<string, GazetteerPlace>>();

/**
 * sitePlaces for a release the site shows, once per dataset; a release
 * without positions falls back to the working copy in data/ (validated by
 * the build before the site is drawn).
 */
export function releasePlaces(dataset: Pick<Dataset, "sites">): Map<string, GazetteerPlace> {
  let places = placesOf.get(dataset);
  if (!places) {
    places = sitePlaces(dataset, () => loadDataset("data"));
    placesOf.set(dataset, places);
  }
  return places;
}

/**
 * Each planned city's place, by place id: its GeoNames id (places.csv,
 * published from release 2.2.0) looked up in the gazetteer. A release
 * before 2.2.0 has no places: none is drawn. Throws, naming the place, for
 * an id the gazetteer lacks or a place outside Morocco (the validator
 * refuses both first).
 */
export function plannedPlaces(dataset: Pick<Dataset, "places">): Map<string, GazetteerPlace> {
  const out = new Map<string, GazetteerPlace>();
  for (const p of dataset.places) {
    const problem = placeProblem(p.geonames_id);
    if (problem) throw new Error(`places.csv, place '${p.id}' (column geonames_id): ${problem}`);
    out.set(p.id, gazetteerPlace(p.geonames_id) as GazetteerPlace);
  }
  return out;
}
