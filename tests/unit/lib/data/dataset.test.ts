import { describe, expect, it } from "vitest";
import { datasetIndex, type Dataset } from "../../../../src/lib/data/dataset.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";
import { buildReleaseFiles } from "../../../../src/lib/release/release-files.ts";

const v1 = () => siteData().datasets.get("1.0.0") as Dataset;

describe("datasetIndex(dataset)", () => {
  it("finds a source, a site and a metric by id", () => {
    const { sourceOf, siteOf, metricOf } = datasetIndex(v1());
    expect(sourceOf("h24info-2016").publisher).toBe("H24info");
    expect(siteOf("rabat").city_fr).toBe("Rabat");
    expect(metricOf("jobs").unit).toBe("people");
  });

  it("knows which figures the dataset has, by id", () => {
    const { observationIds } = datasetIndex(v1());
    expect(observationIds.has("madeincity-10ans.companies_hosted.casablanca.2011")).toBe(true);
    // Published in 1.1.0, after this release.
    expect(observationIds.has("le360-reussites.jobs.network.2015")).toBe(false);
    expect(observationIds.size).toBe(14);
  });

  it("throws on an id the dataset lacks, naming the table and the id", () => {
    const { sourceOf, siteOf, metricOf } = datasetIndex(v1());
    expect(() => sourceOf("nope")).toThrow('dataset: no sources row with id "nope"');
    expect(() => siteOf("network")).toThrow('dataset: no sites row with id "network"');
    expect(() => metricOf("nope")).toThrow('dataset: no metrics row with id "nope"');
  });

  it("is built once per dataset: the loader's index is the one returned later", () => {
    expect(datasetIndex(v1())).toBe(datasetIndex(v1()));
  });

  it("indexes a copy of a dataset by its own tables", () => {
    const copy = structuredClone(v1());
    copy.sources = copy.sources.map((s) => ({ ...s, publisher: `${s.publisher}!` }));
    expect(datasetIndex(copy).sourceOf("h24info-2016").publisher).toBe("H24info!");
    expect(datasetIndex(v1()).sourceOf("h24info-2016").publisher).toBe("H24info");
  });

  it("leaves nothing on the dataset: its keys, JSON and release files are the tables alone", () => {
    const dataset = v1();
    // Every own property is a table (an array of rows): no lookup rides on it.
    expect(Object.values(dataset).every(Array.isArray)).toBe(true);
    expect(Object.keys(dataset)).toEqual(
      expect.arrayContaining(["sources", "sites", "metrics", "observations", "events"]),
    );
    expect(JSON.stringify(dataset)).not.toMatch(/sourceOf|siteOf|metricOf/);
    const files = buildReleaseFiles(dataset, { version: "1.0.0", date: "2026-01-01", note: "x" });
    const json = new TextDecoder().decode(files.get("sources.json"));
    expect(JSON.parse(json)).toHaveLength(dataset.sources.length);
  });
});
