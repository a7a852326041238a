import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv, toExcelCsv, toJson } from "../../../../src/lib/release/serialise.ts";
import { LAYOUT_V1, LAYOUT_V2, layoutOf } from "../../../../src/schemas/index.ts";

/** An observation row (current model) whose text cells are the given strings; the note is note_ar. */
const row = (quote: string, note = "", value: number = 1) => ({
  id: "x.companies_hosted.casablanca.2011",
  metric: "companies_hosted",
  site: "casablanca",
  scope: "",
  year: 2011,
  period_start: undefined,
  year_basis: "printed",
  year_alternatives: "",
  value,
  value_high: undefined,
  unit: "companies",
  qualifier: "exact",
  horizon: "",
  horizon_from: "",
  source: "x",
  quote,
  note_fr: "",
  note_en: "",
  note_ar: note,
});

/** Cells of the first data row, as a CSV reader sees them. */
function cells(csv: string, delimiter = ","): Record<string, string> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data[0] as Record<string, string>;
}

const DANGEROUS = [
  '=HYPERLINK("http://evil.example","clic")',
  "+33 1 23",
  "-2+3",
  "@SUM(A1:A9)",
  "\tcmd",
  "\r=1+1",
  "=1+1\nsecond line",
];

describe("toCsv (RFC 4180)", () => {
  it("ends every record, the last included, with CRLF and quotes only what needs it", () => {
    const csv = toCsv("observations", [row('il a dit "plus de 900", pas 900', "deux\nlignes")]);
    expect(csv.split("\r\n")[0]).toBe(
      "id,metric,site,scope,year,period_start,year_basis,year_alternatives,value,value_high,unit,qualifier,horizon,horizon_from,source,quote,note_fr,note_en,note_ar",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
    expect(csv).toContain(',"il a dit ""plus de 900"", pas 900",,,"deux\nlignes"\r\n');
    expect(csv).toContain(",,2011,,printed,,1,,companies,exact,,,");
  });

  it.each(DANGEROUS)("carries the text %j exactly, as the JSON does", (text) => {
    const csv = toCsv("observations", [row(text, text)]);
    expect(cells(csv).quote).toBe(text);
    expect(cells(csv).note_ar).toBe(text);
    expect(JSON.parse(toJson("observations", [row(text, text)]))[0].quote).toBe(text);
  });

  it("writes «-2+3» as -2+3, not '-2+3", () => {
    expect(toCsv("observations", [row("q", "-2+3")])).toContain(",q,,,-2+3\r\n");
  });

  it("writes small and large numbers in plain notation, never 1e-7", () => {
    const csv = toCsv("observations", [row("q", "", 0.0000001), row("q", "", 1e21)]);
    expect(csv).toContain(",0.0000001,");
    expect(csv).toContain(",1000000000000000000000,");
  });

  it("refuses Infinity rather than write it", () => {
    expect(() => toCsv("observations", [row("q", "", Infinity)])).toThrow(
      "plainNumberText: Infinity is not finite",
    );
    expect(() => toJson("observations", [row("q", "", Infinity)])).toThrow(
      "toJson: observations.value is Infinity, which JSON cannot carry",
    );
  });

  it("leaves numbers alone, negative ones included", () => {
    const csv = toCsv("observations", [row("moins 1,5", "", -1.5)]);
    expect(cells(csv).value).toBe("-1.5");
  });

  it("leaves ordinary text alone", () => {
    expect(cells(toCsv("observations", [row("plus de 900 entreprises")])).quote).toBe(
      "plus de 900 entreprises",
    );
  });
});

describe("toExcelCsv (French-locale Excel)", () => {
  it("starts with a BOM, separates with semicolons and writes a decimal comma", () => {
    const csv = toExcelCsv("observations", [row("a; b", "", 12.5)]);
    expect(csv.startsWith("\uFEFFid;metric;site;scope;year;period_start;")).toBe(true);
    expect(csv).toContain(';2011;;printed;;12,5;;companies;exact;;;x;"a; b";;;\r\n');
    expect(cells(csv, ";").value).toBe("12,5");
  });

  it.each(DANGEROUS)("neutralises the formula cell %j", (text) => {
    expect(cells(toExcelCsv("observations", [row(text, text)]), ";").quote).toBe(`'${text}`);
  });

  it("keeps a negative number a number, not an escaped text", () => {
    expect(cells(toExcelCsv("observations", [row("q", "", -1.5)]), ";").value).toBe("-1,5");
  });
});

describe("toJson", () => {
  it("keeps text as it is: JSON carries no formulas", () => {
    const json = JSON.parse(toJson("observations", [row("=1+1")]));
    expect(json[0].quote).toBe("=1+1");
    expect(Object.keys(json[0])).toEqual([
      "id",
      "metric",
      "site",
      "scope",
      "year",
      "period_start",
      "year_basis",
      "year_alternatives",
      "value",
      "value_high",
      "unit",
      "qualifier",
      "horizon",
      "horizon_from",
      "source",
      "quote",
      "note_fr",
      "note_en",
      "note_ar",
    ]);
  });

  it('writes an absent number as null and an empty text as ""', () => {
    const [first] = JSON.parse(toJson("observations", [row("q")]));
    expect(first).toMatchObject({ period_start: null, scope: "", note_fr: "" });
    const [period] = JSON.parse(toJson("observations", [{ ...row("q"), period_start: 2001 }]));
    expect(period.period_start).toBe(2001);
  });
});

describe("the 2.0.0 layout (release 2.0.0 rebuilt from its own tables)", () => {
  it("writes the sixteen columns of 2.0.0, without a rate's horizon", () => {
    const r = { ...row("q"), horizon: "P2Y", horizon_from: "support" };
    expect(toCsv("observations", [r], LAYOUT_V2).split("\r\n")[0]).toBe(
      "id,metric,site,scope,year,period_start,year_basis,year_alternatives,value,unit,qualifier,source,quote,note_fr,note_en,note_ar",
    );
    expect(Object.keys(JSON.parse(toJson("observations", [r], LAYOUT_V2))[0])).not.toContain(
      "horizon",
    );
  });

  it("is the layout of 2.0.x only: 1.x has its own, 2.1.x layout 3, 2.2.0 and later the current one", () => {
    expect([
      layoutOf("1.1.0").id,
      layoutOf("2.0.0").id,
      layoutOf("2.0.3").id,
      layoutOf("2.1.0").id,
      layoutOf("2.2.0").id,
      layoutOf("3.0.0").id,
      layoutOf(undefined).id,
    ]).toEqual([1, 2, 2, 3, 4, 4, 4]);
  });
});

describe("the 1.x layout (a published 1.x rebuilt from its own tables)", () => {
  it("writes the ten columns of 1.x, the English note as note", () => {
    const r = { ...row("q"), note_en: "In English." };
    const csv = toCsv("observations", [r], LAYOUT_V1);
    expect(csv).toBe(
      "id,metric,site,year,value,unit,qualifier,source,quote,note\r\n" +
        "x.companies_hosted.casablanca.2011,companies_hosted,casablanca,2011,1,companies,exact,x,q,In English.\r\n",
    );
    expect(Object.keys(JSON.parse(toJson("observations", [r], LAYOUT_V1))[0])).toEqual([
      "id",
      "metric",
      "site",
      "year",
      "value",
      "unit",
      "qualifier",
      "source",
      "quote",
      "note",
    ]);
  });

  it("writes a site's opening as the year number it was", () => {
    const site = {
      id: "rabat",
      name_fr: "R",
      name_en: "R",
      name_ar: "R",
      city_fr: "R",
      city_en: "R",
      city_ar: "R",
      opened: "2012",
    };
    expect(JSON.parse(toJson("sites", [site], LAYOUT_V1))[0].opened).toBe(2012);
    expect(JSON.parse(toJson("sites", [site]))[0].opened).toBe("2012");
  });
});
