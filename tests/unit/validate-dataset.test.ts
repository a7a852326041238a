import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/data/issues.ts";
import { validateDataset } from "../../src/lib/data/validate-dataset.ts";
import { dataInputs, lineOf, replaceOnce } from "../helpers/data-fixture.ts";

const JOBS_ROW =
  "h24info-2016.jobs.network.2016,jobs,network,2016,2000,people,exact,h24info-2016,emploient 2.000 salariés";
const jobsLine = lineOf("observations", "h24info-2016.jobs.network.2016");

/** Every formatted problem found with the given edits. */
function problems(edits: Parameters<typeof dataInputs>[0]): string[] {
  const { issues } = validateDataset(dataInputs(edits));
  return issues.map(formatIssue);
}

describe("validateDataset", () => {
  it("accepts the data in data/ and returns every table", () => {
    const { dataset, issues } = validateDataset(dataInputs());
    expect(issues).toEqual([]);
    expect(dataset?.observations.length).toBeGreaterThan(0);
    expect(
      dataset?.observations.find((o) => o.id === "h24info-2016.jobs.network.2016"),
    ).toMatchObject({
      value: 2000,
      year: 2016,
      qualifier: "exact",
    });
  });

  it("refuses a value with a thousands comma (1,500)", () => {
    expect(
      problems({ observations: replaceOnce(JOBS_ROW, JOBS_ROW.replace(",2000,", ',"2,000",')) }),
    ).toEqual([
      `data/observations.csv:${jobsLine}:5 (column value): "2,000" must be a plain number (digits, '.' for decimals, no thousands separators)`,
    ]);
  });

  it("refuses a value with a thousands space (1 500)", () => {
    expect(
      problems({ observations: replaceOnce(JOBS_ROW, JOBS_ROW.replace(",2000,", ",2 000,")) }),
    ).toEqual([
      `data/observations.csv:${jobsLine}:5 (column value): "2 000" must be a plain number (digits, '.' for decimals, no thousands separators)`,
    ]);
  });

  it("refuses an unknown metric, site and source, naming each cell", () => {
    const row = JOBS_ROW.replace(",jobs,network,", ",employees,agadir,").replace(
      ",exact,h24info-2016,",
      ",exact,h24info-2017,",
    );
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:2 (column metric): unknown metric 'employees'`,
      `data/observations.csv:${jobsLine}:3 (column site): unknown site 'agadir'`,
      `data/observations.csv:${jobsLine}:8 (column source): unknown source 'h24info-2017'`,
    ]);
  });

  it("refuses a duplicate id, pointing at the first one", () => {
    const dup = JOBS_ROW.replace(
      "h24info-2016.jobs.network.2016",
      "h24info-2016.turnover_mad.network.2016",
    );
    const turnoverLine = lineOf("observations", "h24info-2016.turnover_mad.network.2016");
    expect(problems({ observations: replaceOnce(JOBS_ROW, dup) })).toEqual([
      `data/observations.csv:${turnoverLine}:1 (column id): duplicate id 'h24info-2016.turnover_mad.network.2016' (first on line ${jobsLine})`,
    ]);
  });

  it("refuses a missing quote", () => {
    const row = JOBS_ROW.replace(",emploient 2.000 salariés", ",");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:9 (column quote): is empty`,
    ]);
  });

  it("refuses a missing source", () => {
    const row = JOBS_ROW.replace(",exact,h24info-2016,", ",exact,,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:8 (column source): is empty`,
    ]);
  });

  it("refuses a qualifier outside the list", () => {
    const row = JOBS_ROW.replace(",exact,", ",roughly,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:7 (column qualifier): "roughly" must be one of exact, approx, more_than, less_than`,
    ]);
  });

  it.each(["1989", "2101"])("refuses the year %s, outside 1990–2100", (year) => {
    const row = JOBS_ROW.replace(",2016,2000,", `,${year},2000,`);
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:4 (column year): "${year}" must be a year between 1990 and 2100`,
    ]);
  });

  it("refuses a wrong header, naming missing and unexpected columns", () => {
    expect(
      problems({
        observations: replaceOnce("qualifier,source,quote", "qualifier,source,citation"),
      }),
    ).toEqual([
      "data/observations.csv:1: wrong header: missing 'quote'; unexpected 'citation' (expected id,metric,site,year,value,unit,qualifier,source,quote,note)",
    ]);
  });

  it("refuses a file that is not UTF-8, with line and column", () => {
    const inputs = dataInputs();
    const text = new TextDecoder()
      .decode(inputs.sites.bytes)
      .replace("Tanger,Tangier", "Tanger,Tangér");
    // Write the é as the single Latin-1 byte 0xE9, as a non-UTF-8 editor would.
    const utf8 = Buffer.from(text, "utf8");
    const at = utf8.indexOf(Buffer.from("é", "utf8"));
    const latin1 = Buffer.concat([
      utf8.subarray(0, at),
      Buffer.from([0xe9]),
      utf8.subarray(at + 2),
    ]);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("Tangér")) + 1;
    const column = (lines[line - 1] ?? "").indexOf("é") + 1;
    const { issues } = validateDataset({
      ...inputs,
      sites: { file: "data/sites.csv", bytes: latin1 },
    });
    expect(issues.map(formatIssue)).toEqual([
      `data/sites.csv:${line}:${column}: is not valid UTF-8 (save the file as UTF-8)`,
    ]);
  });

  it("accepts a UTF-8 BOM and CRLF line endings", () => {
    const { issues, dataset } = validateDataset(
      dataInputs({ observations: (s) => "\uFEFF" + s.replace(/\n/g, "\r\n") }),
    );
    expect(issues).toEqual([]);
    expect(dataset?.observations[0]?.id).toBe("madeincity-10ans.companies_hosted.casablanca.2011");
  });

  it("lists every problem, across tables, not only the first", () => {
    const found = problems({
      observations: replaceOnce(
        JOBS_ROW,
        JOBS_ROW.replace(",2000,", ",2 000,").replace(",exact,", ",circa,"),
      ),
      sites: replaceOnce(",2015\n", ",15\n"),
    });
    expect(found).toHaveLength(3);
    expect(found.join("\n")).toMatch(/sites\.csv:\d+:8 \(column opened\)/);
    expect(found.join("\n")).toMatch(/observations\.csv:\d+:5 \(column value\)/);
    expect(found.join("\n")).toMatch(/observations\.csv:\d+:7 \(column qualifier\)/);
  });

  it("refuses a quote that does not state the value", () => {
    const row = JOBS_ROW.replace(",2000,", ",3000,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:9 (column quote): quote does not state the value 3000`,
    ]);
  });

  it("refuses a unit that differs from the metric's", () => {
    const row = JOBS_ROW.replace(",people,", ",companies,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `data/observations.csv:${jobsLine}:6 (column unit): unit 'companies' differs from metric jobs's unit 'people'`,
    ]);
  });

  it("refuses a figure for a site before it opened", () => {
    const rabat =
      "h24info-2016.companies_accompanied_cumulative.rabat.2016,companies_accompanied_cumulative,rabat,2016,";
    const line = lineOf("observations", rabat);
    expect(
      problems({ observations: replaceOnce(rabat, rabat.replace(",rabat,2016,", ",rabat,2011,")) }),
    ).toEqual([
      `data/observations.csv:${line}:4 (column year): 2011 is before rabat opened (2012)`,
    ]);
  });

  it("refuses an opening whose year disagrees with sites.csv, and an opening of the network", () => {
    const line = lineOf("events", "h24info-2016.opening.tanger");
    expect(
      problems({
        events: replaceOnce(
          "h24info-2016.opening.tanger,2015,printed,tanger,",
          "h24info-2016.opening.tanger,2014,printed,network,",
        ),
      }),
    ).toEqual([
      `data/events.csv:${line}:4 (column site): an opening must name the site that opened`,
    ]);
    expect(
      problems({
        events: replaceOnce(
          "h24info-2016.opening.tanger,2015,",
          "h24info-2016.opening.tanger,2014,",
        ),
      }),
    ).toEqual([
      `data/events.csv:${line}:2 (column date): opening dated 2014 but sites.csv says tanger opened in 2015`,
    ]);
  });

  it("refuses an impossible date", () => {
    const line = lineOf("events", "h24info-2016.anniversary.casablanca");
    expect(
      problems({
        events: replaceOnce("2016-06-15,printed,casablanca", "2016-06-31,printed,casablanca"),
      }),
    ).toEqual([`data/events.csv:${line}:2 (column date): "2016-06-31" is not a real day`]);
  });

  it("refuses a row with a missing cell", () => {
    const row = JOBS_ROW + ",The three parks together.";
    expect(problems({ observations: replaceOnce(row, JOBS_ROW) })).toEqual([
      `data/observations.csv:${jobsLine}: has 9 cells but the header has 10`,
    ]);
  });
});
