import { createRequire } from "node:module";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/**
 * Morocco's shape as Moroccan institutions draw it: Natural Earth's
 * "Morocco" (ISO 3166 numeric 504) and "W. Sahara" (732) features of the
 * world-atlas package merged into one (topojson-client's merge drops the
 * arc they share, so no line separates the Southern Provinces from the
 * north), and every other country as a neighbour. 1:50m scale: the 1:110m
 * shapes lose the Strait of Gibraltar and the coast between the parks.
 */
export const MOROCCO_PARTS = ["504", "732"] as const;

export interface MoroccoShapes {
  morocco: MultiPolygon;
  neighbours: Feature<Polygon | MultiPolygon>[];
}

let cached: MoroccoShapes | undefined;

export function moroccoShapes(): MoroccoShapes {
  if (cached) return cached;
  const topology = createRequire(import.meta.url)("world-atlas/countries-50m.json") as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = topology.objects.countries;
  const parts = countries.geometries.filter((g) =>
    (MOROCCO_PARTS as readonly string[]).includes(String(g.id)),
  );
  if (parts.length !== MOROCCO_PARTS.length)
    throw new Error(
      `world-atlas countries-50m: expected features ${MOROCCO_PARTS.join(" and ")}, found ${parts.map((g) => g.id).join(", ") || "none"}`,
    );
  const others: GeometryCollection<{ name: string }> = {
    type: "GeometryCollection",
    geometries: countries.geometries.filter((g) => !parts.includes(g)),
  };
  const neighbours = feature(topology, others).features as Feature<Polygon | MultiPolygon>[];
  cached = { morocco: merge(topology, parts as never), neighbours };
  return cached;
}
