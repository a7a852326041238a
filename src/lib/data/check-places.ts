import { placeProblem, gazetteerPlace } from "../geo/gazetteer.ts";
import { listItems } from "../../schemas/common.ts";
import { NETWORK } from "../../schemas/sites.ts";
import type { Place, Site, TimelineEvent } from "./dataset.ts";

/** Records a problem in one column of a row when `ok` is false. */
type At = (column: string, ok: boolean, message: string) => void;

interface Row<T> {
  row: T;
  line: number;
}

const LANGS = ["fr", "en", "ar"] as const;

/**
 * Where the map's positions come from, checked before anything is drawn:
 * each park's and each planned city's GeoNames id is a place of the
 * gazetteer, in Morocco; a planned city is not a park's city (that one is
 * drawn as its park) nor listed twice; and each of its plans is a plan of
 * the network (events of kind plan, site network) whose label names it,
 * in each language, as its own name_fr, name_en and name_ar write it, so
 * the names come from the plans' texts. `knownEvent` tells an event id the
 * data has (a row that failed validation included), `event` its valid row.
 */
export function checkPlaces(
  sites: readonly Row<Site>[],
  places: readonly Row<Place>[],
  event: (id: string) => TimelineEvent | undefined,
  knownEvent: (id: string) => boolean,
  check: { site: (index: number) => At; place: (index: number) => At },
): void {
  const parkCity = new Map<number, string>();
  sites.forEach((l, i) => {
    const id = l.row.geonames_id;
    if (id === undefined) return;
    const problem = placeProblem(id);
    check.site(i)("geonames_id", !problem, problem ?? "");
    if (!parkCity.has(id)) parkCity.set(id, l.row.id);
  });
  const seen = new Map<number, Row<Place>>();
  places.forEach((l, i) => {
    const p = l.row;
    const at = check.place(i);
    const problem = placeProblem(p.geonames_id);
    at("geonames_id", !problem, problem ?? "");
    const park = parkCity.get(p.geonames_id);
    at(
      "geonames_id",
      park === undefined,
      `${p.geonames_id} is ${gazetteerPlace(p.geonames_id)?.name}, the city of site '${park}': a park's city is drawn as its park, not as a planned place`,
    );
    const twin = seen.get(p.geonames_id);
    at(
      "geonames_id",
      twin === undefined,
      `${p.geonames_id} is also place '${twin?.row.id}' (line ${twin?.line}): one row per city`,
    );
    if (!twin) seen.set(p.geonames_id, l);
    for (const id of listItems(p.events)) {
      if (!knownEvent(id)) {
        at("events", false, `unknown event '${id}'`);
        continue;
      }
      const e = event(id);
      if (!e) continue;
      if (e.kind !== "plan" || e.site !== NETWORK) {
        at(
          "events",
          false,
          `event '${id}' is ${e.kind === "plan" ? `a plan of ${e.site}` : `of kind ${e.kind}`}, not a plan of the network`,
        );
        continue;
      }
      for (const lang of LANGS)
        at(
          `name_${lang}`,
          e[`label_${lang}`].includes(p[`name_${lang}`]),
          `"${p[`name_${lang}`]}" is not in the label_${lang} of event '${id}' ("${e[`label_${lang}`]}"): a place is named as its plans name it`,
        );
    }
  });
}
