import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";
import { dataInputs, lineOf, replaceOnce } from "../../../helpers/data-fixture.ts";

// The rules of the 2.0.0 model (scope, periods, year basis, openings to the
// precision known, corrections), each shown by one fault added to the data.
// A network figure with a scope, new in 2.0.0: no erratum holds its scope to a value.
const SCOPED =
  "medias24-tanger-2015.companies_hosted.network.2015,companies_hosted,network,casablanca;rabat,2015,,inferred,,230,";
const scopedLine = lineOf("observations", "medias24-tanger-2015.companies_hosted.network.2015,");
const MADEIN =
  "madeincity-10ans.companies_new.casablanca.2011,companies_new,casablanca,,2011,,inferred,2012,30,";
const madeinLine = lineOf("observations", "madeincity-10ans.companies_new.casablanca.2011,");
const RECONV =
  "lavieeco-reconversion.companies_hosted.casablanca.2005,companies_hosted,casablanca,,2005,,inferred,2006,150,";
const reconvLine = lineOf(
  "observations",
  "lavieeco-reconversion.companies_hosted.casablanca.2005,",
);

const releases = new Map(listReleases().map((r) => [r.version, r]));
// Each release loaded once: the validator asks for it once per correction.
const loaded = new Map<string, ReturnType<typeof loadRelease>>();
const published = (v: string) => {
  const r = releases.get(v);
  if (r && !loaded.has(v)) loaded.set(v, loadRelease(r));
  return loaded.get(v);
};

function problems(
  edits: Parameters<typeof dataInputs>[0],
  opts: { published?: typeof published } = {},
): string[] {
  return validateDataset(dataInputs(edits), opts).issues.map(formatIssue);
}

describe("scope: the parks a network figure covers", () => {
  it("is only for network figures", () => {
    expect(
      problems({
        observations: replaceOnce(
          RECONV,
          RECONV.replace(",casablanca,,", ",casablanca,casablanca;rabat,"),
        ),
      }),
    ).toEqual([
      `data/observations.csv:${reconvLine}:4 (column scope): scope is only for network figures: a figure of casablanca covers that park alone`,
      `data/observations.csv:${reconvLine}:4 (column scope): rabat had not opened in 2005 (it opened 2012)`,
    ]);
  });

  it("names known sites only", () => {
    expect(
      problems({
        observations: replaceOnce(SCOPED, SCOPED.replace("casablanca;rabat", "casablanca;oujda")),
      }),
    ).toEqual([
      `data/observations.csv:${scopedLine}:4 (column scope): unknown site 'oujda' in scope`,
    ]);
  });

  it("names at least two parks", () => {
    expect(
      problems({
        observations: replaceOnce(SCOPED, SCOPED.replace("casablanca;rabat", "casablanca")),
      }),
    ).toEqual([
      `data/observations.csv:${scopedLine}:4 (column scope): scope names one park: file the figure under site casablanca instead of network`,
    ]);
  });

  it("names parks open by the figure's year", () => {
    expect(
      problems({
        observations: replaceOnce(SCOPED, SCOPED.replace("casablanca;rabat", "casablanca;agadir")),
      }),
    ).toEqual([
      `data/observations.csv:${scopedLine}:4 (column scope): agadir had not opened in 2015 (it opened 2021)`,
    ]);
  });

  it("does not name every park open that year: network already means them all", () => {
    expect(
      problems({
        observations: replaceOnce(
          SCOPED,
          SCOPED.replace("casablanca;rabat", "casablanca;rabat;tanger"),
        ),
      }),
    ).toEqual([
      `data/observations.csv:${scopedLine}:4 (column scope): scope names every park open in 2015: leave it empty, network already means all of them`,
    ]);
  });

  it("refuses a malformed list", () => {
    expect(
      problems({
        observations: replaceOnce(SCOPED, SCOPED.replace("casablanca;rabat", "casablanca; rabat")),
      }),
    ).toEqual([
      `data/observations.csv:${scopedLine}:4 (column scope): "casablanca; rabat" " rabat" is not a lower-case id (items joined by ';')`,
    ]);
  });
});

describe("periods and years", () => {
  it("a period starts before its last year", () => {
    expect(
      problems({ observations: replaceOnce(MADEIN, MADEIN.replace(",2011,,", ",2011,2011,")) }),
    ).toEqual([
      `data/observations.csv:${madeinLine}:6 (column period_start): a period starts before its last year: 2011 is not before 2011`,
      // The newest erratum of the cell (m1-1, which emptied a2-1's 2001) no longer agrees with the data.
      `data/corrections.csv:${lineOf("corrections", "m1-1,")}:7 (column after): observations row 'madeincity-10ans.companies_new.casablanca.2011' has period_start "2011" in the data, not ""`,
    ]);
  });

  it("alternative years only with an inferred year", () => {
    expect(
      problems({
        observations: replaceOnce(RECONV, RECONV.replace(",inferred,2006,", ",printed,2006,")),
      }),
    ).toEqual([
      `data/observations.csv:${reconvLine}:8 (column year_alternatives): alternative years are only for an inferred year: a printed year has none (or set year_basis to inferred)`,
      `data/corrections.csv:${lineOf("corrections", "l6-1,")}:7 (column after): observations row 'lavieeco-reconversion.companies_hosted.casablanca.2005' has year_basis "printed" in the data, not "inferred"`,
    ]);
  });

  it("alternative years never include the year itself", () => {
    expect(
      problems({
        observations: replaceOnce(
          RECONV,
          RECONV.replace(",inferred,2006,", ",inferred,2005;2006,"),
        ),
      }),
    ).toEqual([
      `data/observations.csv:${reconvLine}:8 (column year_alternatives): lists 2005, the figure's own year: list only the other possible years`,
      `data/corrections.csv:${lineOf("corrections", "l6-2,")}:7 (column after): observations row 'lavieeco-reconversion.companies_hosted.casablanca.2005' has year_alternatives "2005;2006" in the data, not "2006"`,
    ]);
  });

  it("year_basis is printed or inferred", () => {
    expect(
      problems({
        observations: replaceOnce(RECONV, RECONV.replace(",inferred,2006,", ",guessed,2006,")),
      }),
    ).toEqual([
      `data/observations.csv:${reconvLine}:7 (column year_basis): "guessed" must be 'printed' or 'inferred'`,
    ]);
  });

  it("accepts at_most where the quote says «jusqu’à»", () => {
    expect(
      problems({
        observations: replaceOnce(
          "30,,companies,exact,,,madeincity-10ans,dont 30 nouvelles chaque année,",
          "30,,companies,at_most,,,madeincity-10ans,jusqu’à 30 nouvelles chaque année,",
        ),
      }),
    ).toEqual([]);
  });
});

describe("sites.opened and the opening event", () => {
  const casablancaLine = lineOf("sites", "casablanca,");
  it("is one date, not an interval", () => {
    expect(problems({ sites: replaceOnce(",2001-10,2553604\n", ",2001/2002,2553604\n") })).toEqual([
      `data/sites.csv:${casablancaLine}:8 (column opened): "2001/2002" must be one date (YYYY, YYYY-MM or YYYY-MM-DD), not an interval`,
    ]);
  });

  it("agrees with the opening event to the same precision", () => {
    const openingLine = lineOf("events", "vitaminedz-benmakhlouf-2011.opening.casablanca,");
    expect(problems({ sites: replaceOnce(",2001-10,2553604\n", ",2001,2553604\n") })).toEqual([
      `data/events.csv:${openingLine}:2 (column date): opening dated 2001-10 but sites.csv says casablanca opened 2001: the two dates agree, to the same precision`,
      `data/corrections.csv:${lineOf("corrections", "l5-3,")}:7 (column after): sites row 'casablanca' has opened "2001" in the data, not "2001-10"`,
    ]);
  });
});

describe("sites.geonames_id", () => {
  const casablancaLine = lineOf("sites", "casablanca,");
  it("is a GeoNames id, a whole number", () => {
    expect(problems({ sites: replaceOnce(",2001-10,2553604\n", ",2001-10,Casablanca\n") })).toEqual([
      `data/sites.csv:${casablancaLine}:9 (column geonames_id): "Casablanca" must be a GeoNames id (a whole number such as 2553604), or empty`,
    ]);
  });
});

describe("corrections", () => {
  const a11 = lineOf("corrections", "a1-1,");
  const l51 = lineOf("corrections", "l5-1,");

  it("name a known source", () => {
    expect(
      problems({ corrections: (s) => s.replace(/,lavieeco-rabat-tanger\n/, ",lavieeco-2099\n") }),
    ).toEqual([`data/corrections.csv:${a11}:11 (column source): unknown source 'lavieeco-2099'`]);
  });

  it("agree with the data: the corrected cell holds `after`", () => {
    expect(
      problems({
        corrections: replaceOnce(
          ",1.1.0,qualifier,exact,more_than,",
          ",1.1.0,qualifier,exact,approx,",
        ),
      }),
    ).toEqual([
      `data/corrections.csv:${a11}:7 (column after): observations row 'lavieeco-rabat-tanger.companies_hosted.rabat.2016' has qualifier "more_than" in the data, not "approx"`,
    ]);
  });

  it("a removed row is gone from the data", () => {
    expect(
      problems({
        corrections: replaceOnce(
          "l5-1,events,h24info-2016.opening.casablanca,1.0.0,row,h24info-2016.opening.casablanca,",
          "l5-1,events,lesoir-10ans.anniversary.casablanca,1.0.0,row,lesoir-10ans.anniversary.casablanca,",
        ),
      }),
    ).toEqual([
      `data/corrections.csv:${l51}:3 (column row_id): events row 'lesoir-10ans.anniversary.casablanca' is still in the data: a 'row' correction records a removed row`,
    ]);
  });

  it("correct a row of the release they name, as it was published there", () => {
    expect(
      problems(
        {
          corrections: replaceOnce(
            ",1.1.0,qualifier,exact,more_than,",
            ",1.0.0,qualifier,exact,more_than,",
          ),
        },
        { published },
      ),
    ).toEqual([
      `data/corrections.csv:${a11}:3 (column row_id): no observations row 'lavieeco-rabat-tanger.companies_hosted.rabat.2016' in release 1.0.0: a correction corrects a published row`,
    ]);
    expect(
      problems(
        {
          corrections: replaceOnce(
            ",1.1.0,qualifier,exact,more_than,",
            ",1.1.0,qualifier,approx,more_than,",
          ),
        },
        { published },
      ),
    ).toEqual([
      `data/corrections.csv:${a11}:6 (column before): release 1.1.0 published qualifier "exact", not "approx"`,
    ]);
    expect(
      problems(
        {
          corrections: replaceOnce(
            ",1.1.0,qualifier,exact,more_than,",
            ",1.2.0,qualifier,exact,more_than,",
          ),
        },
        { published },
      ),
    ).toEqual([
      `data/corrections.csv:${a11}:4 (column published_in): no release 1.2.0 is published`,
    ]);
  });

  it("all agree with releases 1.0.0 and 1.1.0", () => {
    expect(problems({}, { published })).toEqual([]);
  });

  it("may be an empty table (a header alone)", () => {
    const { dataset, issues } = validateDataset(
      dataInputs({ corrections: (s) => `${s.split("\n")[0]}\n` }),
    );
    expect(issues).toEqual([]);
    expect(dataset?.corrections).toEqual([]);
  });
});
