import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import { dataInputs, lineOf, replaceOnce } from "../../../helpers/data-fixture.ts";

// The rules of the 2.1.0 model (a rate's horizon, targets, facilities),
// each shown by one fault added to the data.
const problems = (edits: Parameters<typeof dataInputs>[0]): string[] =>
  validateDataset(dataInputs(edits)).issues.map(formatIssue);

const RATE = "telquel-benmakhlouf-2018.success_rate_pct.tanger.2018,";
const rateLine = lineOf("observations", RATE);
const SHARE = "fnh-feuille-2022.export_share_pct.network.2022,";
const shareLine = lineOf("observations", SHARE);
/** Replaces `from` by `to` in the observation row that starts with `id`. */
const inRow = (id: string, from: string, to: string) => (csv: string) => {
  const start = csv.indexOf(id);
  const end = csv.indexOf("\n", start);
  const row = csv.slice(start, end);
  if (start === -1 || !row.includes(from)) throw new Error(`fixture: "${from}" not in ${id}`);
  return csv.slice(0, start) + row.replace(from, to) + csv.slice(end);
};

describe("horizon: a rate's and only a rate's", () => {
  it("a rate needs its horizon", () => {
    expect(problems({ observations: inRow(RATE, ",exact,P2Y,,", ",exact,,,") })).toEqual([
      `data/observations.csv:${rateLine}:13 (column horizon): a rate needs its horizon: how long after what success_rate_pct is measured (P2Y, P18M), as the quote says`,
    ]);
  });

  it("no other kind of metric has one", () => {
    expect(problems({ observations: inRow(SHARE, ",exact,,,", ",exact,P1Y,,") })).toEqual([
      `data/observations.csv:${shareLine}:13 (column horizon): horizon is only for a rate: export_share_pct is a metric of kind share`,
    ]);
  });

  it("is an ISO 8601 duration in years or months", () => {
    expect(problems({ observations: inRow(RATE, ",P2Y,", ",2 ans,") })).toEqual([
      `data/observations.csv:${rateLine}:13 (column horizon): "2 ans" must be an ISO 8601 duration in years or months (P2Y, P18M, P1Y6M), or empty`,
    ]);
  });

  it("says what it counts from by one of four words, only with a horizon", () => {
    expect(problems({ observations: inRow(RATE, ",P2Y,,", ",P2Y,start,") })).toEqual([
      `data/observations.csv:${rateLine}:14 (column horizon_from): "start" must be one of support, incubation, creation, exit, or empty`,
    ]);
    expect(problems({ observations: inRow(SHARE, ",exact,,,", ",exact,,exit,") })).toEqual([
      `data/observations.csv:${shareLine}:14 (column horizon_from): horizon_from says what a horizon counts from: set horizon too, or leave both empty`,
    ]);
  });

  it("a metric of kind rate is a percentage", () => {
    const line = lineOf("metrics", "success_rate_pct,");
    expect(
      problems({
        metrics: replaceOnce("success_rate_pct,percent,rate,", "success_rate_pct,companies,rate,"),
      }),
    ).toContain(
      `data/metrics.csv:${line}:2 (column unit): a metric of kind rate has the unit percent, not 'companies'`,
    );
  });
});

describe("targets: the only figures of a year after their source", () => {
  const TARGET = "allafrica-gitex-2024.sites_target.network.2027,";
  const FACT = "allafrica-gitex-2024.sites_operating.network.2024,";

  // An id names its year: each edit moves the id with the year.
  const moved = (id: string, from: string, to: string) => (csv: string) =>
    inRow(id, `,network,,${from},`, `,network,,${to},`)(csv).replace(
      id,
      id.replace(`.${from},`, `.${to},`),
    );

  it("a target is set for a year after its source's date", () => {
    expect(problems({ observations: moved(TARGET, "2027", "2024") })).toEqual([
      `data/observations.csv:${lineOf("observations", TARGET)}:5 (column year): a target is set for a later year: 2024 is not after its source's date (2024-05); a figure of that year is a fact, under a metric that is not a target`,
    ]);
  });

  it("a fact is never of a year after its source", () => {
    expect(problems({ observations: moved(FACT, "2024", "2027") })).toEqual([
      `data/observations.csv:${lineOf("observations", FACT)}:5 (column year): 2027 is after source allafrica-gitex-2024 was published (2024-05)`,
    ]);
  });
});

describe("facilities: a site's project may be described before it opened", () => {
  it("accepts Agadir's capacity of 2018 as a facility, refuses it as a stock", () => {
    expect(problems({})).toEqual([]);
    const line = lineOf("observations", "huffpost-agadir-2018.capacity_companies.agadir.2018,");
    expect(
      problems({
        metrics: replaceOnce(
          "capacity_companies,companies,facility,",
          "capacity_companies,companies,stock,",
        ),
      }),
    ).toContain(`data/observations.csv:${line}:5 (column year): 2018 is before agadir opened (2021)`);
  });
});
