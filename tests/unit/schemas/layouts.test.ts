import { describe, expect, it } from "vitest";
import { upgradeRow } from "../../../src/lib/data/layouts.ts";
import { toCsv, toJson } from "../../../src/lib/release/serialise.ts";
import { LAYOUT_CURRENT, LAYOUT_V2, columnsOf, layoutOf } from "../../../src/schemas/index.ts";

const site = {
  id: "rabat",
  name_fr: "Technopark de Rabat",
  name_en: "Technopark Rabat",
  name_ar: "تكنوبارك الرباط",
  city_fr: "Rabat",
  city_en: "Rabat",
  city_ar: "الرباط",
  opened: "2012",
  geonames_id: 2538475,
};

describe("layoutOf(version)", () => {
  it("reads 1.x by layout 1, 2.0.x by layout 2, 2.1.x by layout 3, 2.2.0 and later by the current one", () => {
    expect(
      [
        "1.0.0",
        "1.1.0",
        "2.0.0",
        "2.0.5",
        "2.1.0",
        "2.1.3",
        "2.2.0",
        "3.0.0",
        "99.0.0",
        undefined,
      ].map((v) => layoutOf(v).id),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4, 4]);
  });
});

describe("places, new in 2.2.0", () => {
  it("is a table of the current layout only, after events", () => {
    expect(LAYOUT_CURRENT.tables).toEqual([
      "sources",
      "sites",
      "metrics",
      "observations",
      "events",
      "places",
      "corrections",
    ]);
    for (const v of ["2.0.0", "2.1.0"]) expect(layoutOf(v).tables).not.toContain("places");
    expect(columnsOf("places")).toEqual([
      "id",
      "name_fr",
      "name_en",
      "name_ar",
      "geonames_id",
      "events",
    ]);
  });
});

describe("sites.geonames_id, new in 2.1.0", () => {
  it("is a column of the current layout only", () => {
    expect(columnsOf("sites", LAYOUT_CURRENT).at(-1)).toBe("geonames_id");
    expect(columnsOf("sites", LAYOUT_V2)).not.toContain("geonames_id");
  });

  it("is left out of a 2.0.x file and written in a 2.1.0 one", () => {
    expect(toCsv("sites", [site], LAYOUT_V2).split("\r\n")[0]).toBe(
      "id,name_fr,name_en,name_ar,city_fr,city_en,city_ar,opened",
    );
    expect(toCsv("sites", [site], LAYOUT_CURRENT)).toContain(",2012,2538475\r\n");
    expect(JSON.parse(toJson("sites", [site], LAYOUT_CURRENT))[0].geonames_id).toBe(2538475);
    expect(JSON.parse(toJson("sites", [{ ...site, geonames_id: undefined }]))[0].geonames_id).toBe(
      null,
    );
  });

  it("is absent from a lifted 2.0.0 row", () => {
    const v2: Record<string, unknown> = { ...site };
    delete v2.geonames_id;
    expect(upgradeRow(LAYOUT_V2, "sites", v2).geonames_id).toBeUndefined();
  });
});
