import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import { LAYOUT_V1 } from "../../../../src/schemas/index.ts";
import { dataInputs as inputsOf, lineOf as lineIn, replaceOnce } from "../../../helpers/data-fixture.ts";

/**
 * The rules every table is held to, shown on a fixed copy of the working
 * copy before 2.0.0 (tests/data/README.md): release 1.1.0's tables in the
 * 1.x layout, read as the loader reads a 1.x release. The rules of the
 * 2.0.0 model are in validate-model.test.ts.
 */
const FIXTURE = "tests/data/working-copy-1.1";
const dataInputs = (edits: Parameters<typeof inputsOf>[0] = {}) =>
  inputsOf(edits, FIXTURE, LAYOUT_V1.tables);
const lineOf = (name: Parameters<typeof lineIn>[0], needle: string) =>
  lineIn(name, needle, FIXTURE);
// The fixture is release 1.1.0 as published (four of its quotes run over
// twelve words, shortened in 2.0.0), so it is read under the published rules
// unless a test names another rule set.
const validate = (
  inputs: Parameters<typeof validateDataset>[0],
  options: Parameters<typeof validateDataset>[1] = {},
) => validateDataset(inputs, { layout: LAYOUT_V1, rules: "published", ...options });

const JOBS_ROW =
  "h24info-2016.jobs.network.2016,jobs,network,2016,2000,people,exact,h24info-2016,emploient 2.000 salariés";
const NOTE = "The three parks together.";
const jobsLine = lineOf("observations", "h24info-2016.jobs.network.2016");

/** Every formatted problem found with the given edits. */
function problems(edits: Parameters<typeof dataInputs>[0]): string[] {
  const { issues } = validate(dataInputs(edits));
  return issues.map(formatIssue);
}

describe("validateDataset", () => {
  it("accepts the fixture and returns every table", () => {
    const { dataset, issues } = validate(dataInputs());
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
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:5 (column value): "2,000" must be a plain number (digits, '.' for decimals, no thousands separators)`,
    ]);
  });

  it("refuses a value with a thousands space (1 500)", () => {
    expect(
      problems({ observations: replaceOnce(JOBS_ROW, JOBS_ROW.replace(",2000,", ",2 000,")) }),
    ).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:5 (column value): "2 000" must be a plain number (digits, '.' for decimals, no thousands separators)`,
    ]);
  });

  it("refuses an unknown metric, site and source, naming each cell", () => {
    const row = JOBS_ROW.replace(",jobs,network,", ",employees,agadir,").replace(
      ",exact,h24info-2016,",
      ",exact,h24info-2017,",
    );
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:2 (column metric): unknown metric 'employees'`,
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:3 (column site): unknown site 'agadir'`,
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:8 (column source): unknown source 'h24info-2017'`,
    ]);
  });

  it("refuses a duplicate id, pointing at the first one", () => {
    const dup = JOBS_ROW.replace(
      "h24info-2016.jobs.network.2016",
      "h24info-2016.turnover_mad.network.2016",
    );
    const turnoverLine = lineOf("observations", "h24info-2016.turnover_mad.network.2016");
    expect(problems({ observations: replaceOnce(JOBS_ROW, dup) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${turnoverLine}:1 (column id): duplicate id 'h24info-2016.turnover_mad.network.2016' (first on line ${jobsLine})`,
      // The id says turnover_mad, the row holds jobs: the id names what the row is.
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:1 (column id): 'h24info-2016.turnover_mad.network.2016' does not follow <source>.<metric>.<site>.<year>: this row's id is 'h24info-2016.jobs.network.2016'`,
    ]);
  });

  it("refuses a missing quote", () => {
    const row = JOBS_ROW.replace(",emploient 2.000 salariés", ",");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): is empty`,
    ]);
  });

  it("refuses a missing source", () => {
    const row = JOBS_ROW.replace(",exact,h24info-2016,", ",exact,,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:8 (column source): is empty`,
    ]);
  });

  it("refuses a qualifier outside the list", () => {
    const row = JOBS_ROW.replace(",exact,", ",roughly,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:7 (column qualifier): "roughly" must be one of exact, approx, more_than, less_than`,
    ]);
  });

  it.each(["1989", "2101"])("refuses the year %s, outside 1990–2100", (year) => {
    const row = JOBS_ROW.replace(",2016,2000,", `,${year},2000,`);
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:4 (column year): "${year}" must be a year between 1990 and 2100`,
    ]);
  });

  it("refuses a wrong header, naming missing and unexpected columns", () => {
    expect(
      problems({
        observations: replaceOnce("qualifier,source,quote", "qualifier,source,citation"),
      }),
    ).toEqual([
      "tests/data/working-copy-1.1/observations.csv:1: wrong header: missing 'quote'; unexpected 'citation' (expected id,metric,site,year,value,unit,qualifier,source,quote,note)",
    ]);
  });

  it("refuses a file that is not UTF-8, with line and column", () => {
    const inputs = dataInputs();
    const text = new TextDecoder()
      .decode(inputs.sites?.bytes)
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
    const { issues } = validate({
      ...inputs,
      sites: { file: "tests/data/working-copy-1.1/sites.csv", bytes: latin1 },
    });
    expect(issues.map(formatIssue)).toEqual([
      `tests/data/working-copy-1.1/sites.csv:${line}:${column}: is not valid UTF-8 (save the file as UTF-8)`,
    ]);
  });

  it("accepts a UTF-8 BOM and CRLF line endings", () => {
    const { issues, dataset } = validate(
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
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): quote does not state the value 3000`,
    ]);
  });

  it("refuses a unit that differs from the metric's", () => {
    const row = JOBS_ROW.replace(",people,", ",companies,");
    expect(problems({ observations: replaceOnce(JOBS_ROW, row) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:6 (column unit): unit 'companies' differs from metric jobs's unit 'people'`,
    ]);
  });

  it("refuses a figure for a site before it opened", () => {
    const rabat =
      "h24info-2016.companies_accompanied_cumulative.rabat.2016,companies_accompanied_cumulative,rabat,2016,";
    const line = lineOf("observations", rabat);
    expect(
      problems({ observations: replaceOnce(rabat, rabat.replace(/2016,/g, "2011,")) }),
    ).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${line}:4 (column year): 2011 is before rabat opened (2012)`,
    ]);
  });

  it("refuses an opening whose year disagrees with sites.csv, and an opening of the network", () => {
    const line = lineOf("events", "h24info-2016.opening.tanger");
    expect(
      problems({
        events: replaceOnce(
          "h24info-2016.opening.tanger,2015,printed,tanger,",
          "h24info-2016.opening.network,2014,printed,network,",
        ),
      }),
    ).toEqual([
      `tests/data/working-copy-1.1/events.csv:${line}:4 (column site): an opening must name the site that opened`,
      "tests/data/working-copy-1.1/sites.csv:4:1 (column id): tanger has no opening event in events.csv: each site has exactly one",
    ]);
    expect(
      problems({
        events: replaceOnce(
          "h24info-2016.opening.tanger,2015,",
          "h24info-2016.opening.tanger,2014,",
        ),
      }),
    ).toEqual([
      `tests/data/working-copy-1.1/events.csv:${line}:2 (column date): opening dated 2014 but sites.csv says tanger opened 2015: the two dates agree, to the same precision`,
    ]);
  });

  it("refuses an impossible date", () => {
    const line = lineOf("events", "h24info-2016.anniversary.casablanca");
    expect(
      problems({
        events: replaceOnce("2016-06-15,printed,casablanca", "2016-06-31,printed,casablanca"),
      }),
    ).toEqual([
      `tests/data/working-copy-1.1/events.csv:${line}:2 (column date): "2016-06-31" is not a real day`,
    ]);
  });

  it("refuses a row with a missing cell", () => {
    const row = JOBS_ROW + ",The three parks together.";
    expect(problems({ observations: replaceOnce(row, JOBS_ROW) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}: has 9 cells but the header has 10`,
    ]);
  });

  it("refuses an empty events table, naming the file", () => {
    expect(problems({ events: (s) => s.split("\n")[0] + "\n" })).toEqual([
      "tests/data/working-copy-1.1/events.csv:1: has a header but no rows: a table of the dataset is never empty",
    ]);
  });

  it("refuses an empty observations table, naming the file", () => {
    expect(problems({ observations: (s) => s.split("\n")[0] + "\n" })).toEqual([
      "tests/data/working-copy-1.1/observations.csv:1: has a header but no rows: a table of the dataset is never empty",
    ]);
  });
});

describe("validateDataset: numbers", () => {
  const withValue = (value: string, quote = "emploient 2.000 salariés") =>
    problems({
      observations: replaceOnce(
        JOBS_ROW,
        JOBS_ROW.replace(",2000,", `,${value},`).replace("emploient 2.000 salariés", quote),
      ),
    });

  it("refuses a 400-digit value, which would become Infinity", () => {
    expect(withValue("9".repeat(400))).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:5 (column value): "${"9".repeat(77)}…" is too large to be stored as a number`,
    ]);
  });

  it("refuses a value beyond 2^53 that would be rounded", () => {
    expect(withValue("9007199254740993")).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:5 (column value): "9007199254740993" would be stored rounded, as 9007199254740992: keep to 15 significant digits`,
    ]);
  });

  it("refuses a negative value on its own column, not on the quote", () => {
    expect(withValue("-2000")).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:5 (column value): "-2000" is negative: a figure is never below 0`,
    ]);
  });

  it("refuses 2000.5 people: counts of people are integers", () => {
    expect(withValue("2000.5", '"emploient 2000,5 salariés"')).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:5 (column value): 2000.5 is not a whole number: a count of people is an integer`,
    ]);
  });
});

describe("validateDataset: the qualifier agrees with the quote", () => {
  const ROW =
    "h24info-2016.companies_accompanied_cumulative.network.2016,companies_accompanied_cumulative,network,2016,900,companies,more_than,h24info-2016,accompagné plus de 900 entreprises,";
  const line = lineOf("observations", ROW);
  const edit = (qualifier: string, quote = "accompagné plus de 900 entreprises") =>
    problems({
      observations: replaceOnce(
        ROW,
        ROW.replace(",more_than,", `,${qualifier},`).replace(
          "accompagné plus de 900 entreprises",
          quote,
        ),
      ),
    });

  it.each(["exact", "less_than", "approx"])("refuses %s on «plus de 900»", (qualifier) => {
    expect(edit(qualifier)).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${line}:7 (column qualifier): '${qualifier}' disagrees with the quote: "plus de" before 900 means more_than`,
    ]);
  });

  it("refuses approx where the quote has no qualifying word", () => {
    expect(edit("approx", "accompagné 900 entreprises")).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${line}:7 (column qualifier): 'approx' but the quote has no word such as près de, environ / about / حوالي before 900: it states the figure as exact`,
    ]);
  });

  it("reads «pas moins de» as more_than, not less_than", () => {
    expect(edit("more_than", "pas moins de 900 entreprises")).toEqual([]);
    expect(edit("less_than", "pas moins de 900 entreprises")).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${line}:7 (column qualifier): 'less_than' disagrees with the quote: "pas moins de" before 900 means more_than`,
    ]);
  });

  it("accepts each French approximation word with approx", () => {
    for (const quote of ["environ 900", "autour de 900", "quelque 900", "avoisinant les 900"])
      expect(edit("approx", quote), quote).toEqual([]);
    expect(edit("less_than", "moins de 900 entreprises")).toEqual([]);
  });
});

describe("validateDataset: the number in the quote is the figure", () => {
  it("refuses a value that is the year of the quote", () => {
    const row =
      "madeincity-10ans.jobs.casablanca.2011,jobs,casablanca,2011,1500,people,exact,madeincity-10ans,1500 personnes qui y travaillent,";
    const line = lineOf("observations", row);
    const bad = row
      .replace(",1500,", ",2011,")
      .replace("1500 personnes qui y travaillent", '"en 2011, 1500 personnes"');
    expect(problems({ observations: replaceOnce(row, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${line}:5 (column value): 2011 is a year in the quote ("en 2011, 1500 personnes"), not the figure`,
    ]);
  });

  it("refuses a value that is a duration of the quote", () => {
    const row =
      "madeincity-10ans.companies_accompanied_cumulative.casablanca.2011,companies_accompanied_cumulative,casablanca,2011,550,";
    const line = lineOf("observations", row);
    expect(problems({ observations: replaceOnce(row, row.replace(",550,", ",10,")) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${line}:5 (column value): 10 is a duration in the quote ("en 10 ans, 550 entreprises sont passées par là"), not the figure`,
    ]);
  });
});

describe("validateDataset: text", () => {
  const SITE = "tanger,Technopark de Tanger,Technopark Tangier,تكنوبارك طنجة,";
  const siteWith = (name: string) =>
    problems({ sites: replaceOnce(SITE, SITE.replace("Technopark Tangier", name)) });

  it("refuses a bidi control (U+202E) in a label", () => {
    expect(siteWith("Technopark \u202E2090")).toEqual([
      'tests/data/working-copy-1.1/sites.csv:4:3 (column name_en): "Technopark <U+202E>2090" contains the invisible bidi control U+202E, which reorders what readers see: remove it',
    ]);
  });

  it("refuses an isolate control (U+2066) in a label", () => {
    expect(siteWith("Technopark \u2066Tangier")).toEqual([
      'tests/data/working-copy-1.1/sites.csv:4:3 (column name_en): "Technopark <U+2066>Tangier" contains the invisible bidi control U+2066, which reorders what readers see: remove it',
    ]);
  });

  it("refuses another C0 control character", () => {
    expect(siteWith("Technopark\u0007Tangier")).toEqual([
      'tests/data/working-copy-1.1/sites.csv:4:3 (column name_en): "Technopark<U+0007>Tangier" contains the control character U+0007: remove it',
    ]);
  });

  it("refuses a line separator U+2028", () => {
    expect(siteWith("Technopark\u2028Tangier")).toEqual([
      'tests/data/working-copy-1.1/sites.csv:4:3 (column name_en): "Technopark<U+2028>Tangier" contains the line separator U+2028: write the text on one line',
    ]);
  });

  it("refuses a line break inside a quote", () => {
    const bad = JOBS_ROW.replace("emploient 2.000 salariés", '"emploient\n2.000 salariés"');
    expect(problems({ observations: replaceOnce(JOBS_ROW, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): "emploient<U+000A>2.000 salariés" contains a line break: write the text on one line`,
    ]);
  });

  it.each(["=", "+", "@"])("refuses a note starting with the formula trigger %s", (c) => {
    const bad = `${JOBS_ROW},${c}1+1`;
    expect(problems({ observations: replaceOnce(`${JOBS_ROW},${NOTE}`, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:10 (column note): "${c}1+1" starts with "${c}", which spreadsheets run as a formula (rule: no text cell starts with =, + or @)`,
    ]);
  });

  it("accepts a note that starts with '-', such as -2+3", () => {
    expect(
      problems({ observations: replaceOnce(`${JOBS_ROW},${NOTE}`, `${JOBS_ROW},-2+3`) }),
    ).toEqual([]);
  });

  it("refuses a note longer than 500 characters", () => {
    const note = "a".repeat(501);
    expect(
      problems({ observations: replaceOnce(`${JOBS_ROW},${NOTE}`, `${JOBS_ROW},${note}`) }),
    ).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:10 (column note): "${"a".repeat(77)}…" is longer than 500 characters: keep the note to the caveat`,
    ]);
  });

  it("refuses a quote over 12 words in data/ and when cutting a release, spares published releases", () => {
    const quote =
      "emploient 2.000 salariés dans les trois parcs du réseau Technopark, dit le rapport";
    const inputs = dataInputs({
      observations: replaceOnce(
        JOBS_ROW,
        JOBS_ROW.replace("emploient 2.000 salariés", `"${quote}"`),
      ),
    });
    const message = `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): quote has 13 words: keep the shortest fragment that carries it (at most 12 words)`;
    expect(validate(inputs, { rules: "release" }).issues.map(formatIssue)).toContain(message);
    expect(validate(inputs, { rules: "data" }).issues.map(formatIssue)).toContain(message);
    const published = validate(inputs, { rules: "published" });
    expect([...published.issues, ...published.warnings]).toEqual([]);
  });
});

describe("validateDataset: dates", () => {
  it("refuses a figure dated after its source was published", () => {
    const bad = JOBS_ROW.replace(/network\.2016,/g, "network.2017,").replace(
      ",network,2016,",
      ",network,2017,",
    );
    expect(problems({ observations: replaceOnce(JOBS_ROW, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:4 (column year): 2017 is after source h24info-2016 was published (2016-06)`,
    ]);
  });

  it("refuses a source dated after the release being cut", () => {
    const { issues } = validate(dataInputs(), { rules: "data", releaseDate: "2016-05-31" });
    const line = lineOf("sources", "h24info-2016,");
    expect(issues.map(formatIssue)).toContain(
      `tests/data/working-copy-1.1/sources.csv:${line}:5 (column published): published 2016-06, after the release date 2016-05-31`,
    );
  });

  it("refuses an anniversary before its site opened; a plan or an event may come first", () => {
    const from = "madeincity-10ans.plan.rabat,2011/2012,inferred,rabat,plan,";
    const line = lineOf("events", from);
    expect(
      problems({ events: replaceOnce(from, from.replace(/plan([.,])/g, "anniversary$1")) }),
    ).toEqual([
      `tests/data/working-copy-1.1/events.csv:${line}:2 (column date): 2011/2012 is before rabat opened (2012): an anniversary comes after the opening`,
    ]);
    // A building inaugurated before the park opened, or a source that dates
    // the opening otherwise (kept as a dating disagreement), is an event.
    expect(problems({ events: replaceOnce(from, from.replace(/plan([.,])/g, "event$1")) })).toEqual(
      [],
    );
  });

  it("refuses a second opening of a site", () => {
    const opening = lineOf("events", "h24info-2016.opening.tanger");
    const text = readFileSync("tests/data/working-copy-1.1/events.csv", "utf8");
    const row = text.split("\n")[opening - 1] as string;
    const second = row.replace("h24info-2016.opening.tanger", "h24info-2016.opening.tanger-2");
    const lines = text.trimEnd().split("\n").length;
    expect(problems({ events: (s) => s.trimEnd() + "\n" + second + "\n" })).toEqual([
      `tests/data/working-copy-1.1/events.csv:${lines + 1}:5 (column kind): a second opening of tanger (the first is on line ${opening}): a site opens once`,
    ]);
  });

  it("says which forms a date may take when it is written 15/06/2016", () => {
    const line = lineOf("events", "h24info-2016.anniversary.casablanca");
    expect(
      problems({
        events: replaceOnce("2016-06-15,printed,casablanca", "15/06/2016,printed,casablanca"),
      }),
    ).toEqual([
      `tests/data/working-copy-1.1/events.csv:${line}:2 (column date): "15/06/2016" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (or an interval A/B of them)`,
    ]);
  });
});

describe("validateDataset: references and codes", () => {
  const SOURCE = "https://www.lavieeco.com/economie/technopark-de-casablanca-histoire";
  const sourceLine = lineOf("sources", SOURCE);
  const url = (to: string) => problems({ sources: replaceOnce(SOURCE, to) });

  it("refuses a source URL with credentials", () => {
    expect(url("https://user:secret@www.lavieeco.com/economie/x")).toEqual([
      `tests/data/working-copy-1.1/sources.csv:${sourceLine}:7 (column url): "https://user:secret@www.lavieeco.com/economie/x-dune-reconversion-reussie-1754/" must not carry a user name or password`,
    ]);
  });

  it("refuses a source URL that is not http(s)", () => {
    expect(url("ftp://www.lavieeco.com/economie/x")).toEqual([
      `tests/data/working-copy-1.1/sources.csv:${sourceLine}:7 (column url): "ftp://www.lavieeco.com/economie/x-dune-reconversion-reussie-1754/" must be an http(s) address, not ftp:`,
    ]);
  });

  it("refuses a source URL that does not parse", () => {
    expect(url("https://www.lavieeco .com/x")).toEqual([
      `tests/data/working-copy-1.1/sources.csv:${sourceLine}:7 (column url): "https://www.lavieeco .com/x-dune-reconversion-reussie-1754/" must be a web address such as https://example.com/page`,
    ]);
  });

  it("refuses a source language the site cannot mark up", () => {
    const from = "reconversion-reussie-1754/,fr,";
    expect(problems({ sources: replaceOnce(from, from.replace(",fr,", ",es,")) })).toEqual([
      `tests/data/working-copy-1.1/sources.csv:${sourceLine}:8 (column language): "es" must be a language the site can mark up: fr, en, ar`,
    ]);
  });

  it("refuses a metric of kind share whose unit is not percent", () => {
    const from = "companies_hosted,companies,stock,";
    expect(problems({ metrics: replaceOnce(from, "companies_hosted,companies,share,") })).toEqual([
      "tests/data/working-copy-1.1/metrics.csv:2:2 (column unit): a metric of kind share has the unit percent, not 'companies'",
    ]);
  });

  it("refuses swapped label columns, by the canonical column order", () => {
    expect(
      problems({
        metrics: replaceOnce("label_fr,label_en,label_ar", "label_en,label_fr,label_ar"),
      }),
    ).toEqual([
      "tests/data/working-copy-1.1/metrics.csv:1: wrong header: column 4 is 'label_en' where 'label_fr' belongs; the columns must be in this order, so that swapped names cannot pass (expected id,unit,kind,label_fr,label_en,label_ar,definition_fr,definition_en,definition_ar)",
    ]);
  });
});

describe("validateDataset: line ends, delimiter and quote marks", () => {
  it("refuses a file whose lines end with CR alone", () => {
    expect(problems({ sites: (s) => s.replace(/\n/g, "\r") })).toEqual([
      "tests/data/working-copy-1.1/sites.csv:1: ends its lines with CR alone (old Mac format): save it with LF or CRLF line ends",
    ]);
  });

  it("refuses mixed line ends: a CRLF header above LF rows", () => {
    expect(problems({ sites: (s) => s.replace("\n", "\r\n") })).toEqual([
      "tests/data/working-copy-1.1/sites.csv:2: line 2 ends with LF but line 1 ends with CRLF: save the file with one kind of line end",
    ]);
  });

  it("refuses a file separated by semicolons, in plain words", () => {
    expect(problems({ sites: (s) => s.replace(/,/g, ";") })).toEqual([
      "tests/data/working-copy-1.1/sites.csv:1: separates its cells with ';', not commas: save it as CSV with ',' between cells",
    ]);
  });

  it("names the cell with text after its closing quote mark", () => {
    const bad = JOBS_ROW.replace("emploient 2.000 salariés", '"emploient" 2.000 salariés');
    expect(problems({ observations: replaceOnce(JOBS_ROW, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): cell 9 has text after its closing quote mark (a quote mark inside a quoted cell is written "")`,
    ]);
  });

  it("names the cell with a stray quote mark", () => {
    const bad = JOBS_ROW.replace("emploient 2.000 salariés", 'emploient "2.000" salariés');
    expect(problems({ observations: replaceOnce(JOBS_ROW, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): cell 9 has a quote mark in a cell that does not start with one (put the cell in quote marks and write the mark "")`,
    ]);
  });

  it("names the cell whose quote mark is never closed", () => {
    const bad = JOBS_ROW.replace("emploient 2.000 salariés", '"emploient 2.000 salariés');
    expect(problems({ observations: replaceOnce(JOBS_ROW, bad) })).toEqual([
      `tests/data/working-copy-1.1/observations.csv:${jobsLine}:9 (column quote): cell 9 opens a quote mark that is not closed on its line (the cell runs on to line ${jobsLine + 1})`,
    ]);
  });
});
