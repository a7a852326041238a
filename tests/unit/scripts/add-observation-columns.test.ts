import { describe, expect, it } from "vitest";
import { addColumns } from "../../../scripts/add-observation-columns.ts";

const V2 = [
  "id,metric,site,scope,year,period_start,year_basis,year_alternatives,value,unit,qualifier,source,quote,note_fr,note_en,note_ar",
  'a,m,casablanca,,2011,,printed,,30,companies,exact,s,30 entreprises,"deux\nlignes",,',
  "",
].join("\n");
const V3 = [
  "id,metric,site,scope,year,period_start,year_basis,year_alternatives,value,value_high,unit,qualifier,horizon,horizon_from,source,quote,note_fr,note_en,note_ar",
  'a,m,casablanca,,2011,,printed,,30,,companies,exact,,,s,30 entreprises,"deux\nlignes",,',
  "",
].join("\n");

describe("addColumns: observations.csv to the 2.1.0 layout", () => {
  it("adds value_high after value, horizon and horizon_from after qualifier, empty", () => {
    expect(addColumns(V2)).toBe(V3);
  });

  it("adds value_high alone to a file that has the horizons", () => {
    const withHorizons = V3.replace("value,value_high,", "value,").replace(
      ",30,,companies,",
      ",30,companies,",
    );
    expect(addColumns(withHorizons)).toBe(V3);
  });

  it("leaves a file in the 2.1.0 layout as it is", () => {
    expect(addColumns(V3)).toBe(V3);
  });
});
