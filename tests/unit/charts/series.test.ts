import { describe, expect, it } from "vitest";
import { seriesOf, type Point } from "../../../src/charts/marks.ts";
import { seriesSlot } from "../../../src/charts/palette.ts";
import type { Dataset, Observation } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";

// Release 2.0.0 has the six parks, two of them in Agadir.
const dataset = siteData().datasets.get("2.0.0") as Dataset;
const point = (site: string): Point =>
  ({ obs: { site } as Observation, x: 2021, y: 1, slot: seriesSlot(dataset, site) }) as Point;

describe("series of a chart with every park", () => {
  it("gives each of the six parks its own colour slot", () => {
    const slots = dataset.sites.map((s) => seriesSlot(dataset, s.id));
    expect(new Set(slots).size).toBe(6);
  });

  it("names each park in the key, by its city or, in Agadir, by its name", () => {
    const key = seriesOf(
      dataset,
      "fr",
      dataset.sites.map((s) => point(s.id)),
    );
    expect(key.map((s) => s.label)).toEqual([
      "Casablanca",
      "Rabat",
      "Tanger",
      "Cité de l’innovation Souss-Massa",
      "Technopark d’Agadir",
      "Essaouira",
    ]);
  });
});
