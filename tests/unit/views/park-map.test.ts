import { describe, expect, it } from "vitest";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { sitePlaces } from "../../../src/lib/geo/site-places.ts";
import { mapMetric, parkMapView } from "../../../src/views/park-map.ts";

const { dataset } = siteData();
const places = sitePlaces({ sites: dataset.sites.map((s) => ({ ...s, geonames_id: 2553604 })) });
const parksWith = (metric: string) =>
  new Set(
    dataset.observations
      .filter((o) => o.metric === metric && o.period_start === undefined)
      .map((o) => o.site),
  );

describe("mapMetric(dataset)", () => {
  it("is a metric no other metric has single-year figures for more parks of", () => {
    const chosen = mapMetric(dataset);
    if (!chosen) throw new Error("no metric");
    const parks = (m: string) => dataset.sites.filter((s) => parksWith(m).has(s.id)).length;
    for (const m of dataset.metrics) expect(parks(m.id)).toBeLessThanOrEqual(parks(chosen.id));
  });
});

describe("parkMapView(dataset, lang, places, current)", () => {
  const view = parkMapView(dataset, "en", places, "rabat");

  it("has a row per park, in sites.csv order, with its position and GeoNames id", () => {
    expect(view.rows.map((r) => r.id)).toEqual(dataset.sites.map((s) => s.id));
    expect(view.rows[0]?.position).toBe("33.58831, -7.61138 (GeoNames 2553604)");
  });

  it("gives each park's figures of the map's metric for its latest year only, each linked", () => {
    const metric = mapMetric(dataset)?.id;
    for (const row of view.rows) {
      const own = dataset.observations.filter(
        (o) => o.site === row.id && o.metric === metric && o.period_start === undefined,
      );
      expect(row.figures.length, row.id).toBe(
        own.filter((o) => o.year === Math.max(...own.map((x) => x.year))).length,
      );
      for (const f of row.figures) expect(f.href).toMatch(/^\/en\/chiffres\/[^/]+\/$/);
    }
  });

  it("lists the plans announced for each park, apart from the drawing", () => {
    const plans = dataset.events.filter((e) => e.kind === "plan" && e.site === "rabat").length;
    expect(view.rows.find((r) => r.id === "rabat")?.plans).toHaveLength(plans);
    expect(view.svg).toContain('class="tp-map-current"');
  });
});
