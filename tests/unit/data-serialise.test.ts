import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv, toExcelCsv, toJson } from "../../src/lib/release/serialise.ts";

/** An observation row whose text cells are the given strings. */
const row = (quote: string, note = "", value: number = 1) => ({
  id: "x.companies_hosted.casablanca.2011",
  metric: "companies_hosted",
  site: "casablanca",
  year: 2011,
  value,
  unit: "companies",
  qualifier: "exact",
  source: "x",
  quote,
  note,
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
    expect(csv.split("\r\n")[0]).toBe("id,metric,site,year,value,unit,qualifier,source,quote,note");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
    expect(csv).toContain(',"il a dit ""plus de 900"", pas 900","deux\nlignes"\r\n');
    expect(csv).toContain(",2011,1,companies,exact,");
  });

  it.each(DANGEROUS)("carries the text %j exactly, as the JSON does", (text) => {
    const csv = toCsv("observations", [row(text, text)]);
    expect(cells(csv).quote).toBe(text);
    expect(cells(csv).note).toBe(text);
    expect(JSON.parse(toJson("observations", [row(text, text)]))[0].quote).toBe(text);
  });

  it("writes «-2+3» as -2+3, not '-2+3", () => {
    expect(toCsv("observations", [row("q", "-2+3")])).toContain(",q,-2+3\r\n");
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
    expect(csv.startsWith("\uFEFFid;metric;site;year;value;")).toBe(true);
    expect(csv).toContain(';2011;12,5;companies;exact;x;"a; b";\r\n');
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
      "year",
      "value",
      "unit",
      "qualifier",
      "source",
      "quote",
      "note",
    ]);
  });
});
