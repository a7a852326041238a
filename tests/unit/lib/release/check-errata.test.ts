import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { loadDataset } from "../../../../src/lib/data/load-dataset.ts";
import {
  misfiledCorrections,
  unrecordedChanges,
  type DataState,
} from "../../../../src/lib/release/check-errata.ts";
import { diffDatasets } from "../../../../src/lib/release/diff.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";
import { TABLE_NAMES, type TableName } from "../../../../src/schemas/index.ts";
import { dataInputs, lineOf, replaceOnce } from "../../../helpers/data-fixture.ts";
import { cellText } from "../../../../src/lib/data/check-corrections.ts";

// Every cell of a row published in a release that changes later needs its
// correction. The releases are the real, immutable ones; the working copy
// is data/ copied to a temp folder with one edit, so each test shows the
// fault it adds.

const releases: DataState[] = listReleases().map((r) => ({
  version: r.version,
  dir: r.dir,
  dataset: loadRelease(r),
}));
/** A change is named against the latest release that holds the row. */
const LATEST = releases.at(-1)?.version;

function workingCopy(edits: Partial<Record<TableName, (csv: string) => string>> = {}): DataState {
  const dir = mkdtempSync(join(tmpdir(), "tp-errata-"));
  const inputs = dataInputs(edits);
  for (const name of TABLE_NAMES)
    writeFileSync(join(dir, `${name}.csv`), (inputs[name] as { bytes: Uint8Array }).bytes);
  return { dir, dataset: loadDataset(dir, { rules: "data" }) };
}

const unrecorded = (w: DataState) => unrecordedChanges([...releases, w]).map(formatIssue);
const misfiled = (w: DataState) => misfiledCorrections(releases, w).map(formatIssue);

/** Removes the correction rows whose id starts with `prefix` (e.g. the m6 errata). */
const withoutCorrections = (prefix: string) => (csv: string) =>
  csv
    .split("\n")
    .filter((l) => !l.startsWith(prefix))
    .join("\n");

const JOBS = "madeincity-10ans.jobs.casablanca.2011";
const JOBS_CELLS = `${JOBS},jobs,casablanca,,2011,,inferred,2012,1500,,people,exact,,,madeincity-10ans,1500 personnes qui y travaillent,`;
const LE360 = "le360-reussites.companies_hosted.network.2015";
const LE360_CELLS = `${LE360},companies_hosted,network,casablanca;rabat,2015,,inferred,2014,230,,companies,more_than,,,le360-reussites,plus de 230 entreprises,`;

describe("every change to a published row has its correction", () => {
  it("data/ as it is: every change since 1.0.0 is recorded, every published_in is the first", () => {
    const w = workingCopy();
    expect(unrecorded(w)).toEqual([]);
    expect(misfiled(w)).toEqual([]);
  });

  it("a silent change of a value (1500 → 1600, quote to match) is refused, at the row in data/", () => {
    const w = workingCopy({
      observations: replaceOnce(
        JOBS_CELLS,
        JOBS_CELLS.replace(",1500,", ",1600,").replace("1500 personnes", "1600 personnes"),
      ),
    });
    const line = lineOf("observations", `${JOBS},`);
    const to = `"1600" in ${w.dir}/ with no correction: add to ${w.dir}/corrections.csv the row <id>,`;
    expect(unrecorded(w)).toEqual([
      `${w.dir}/observations.csv:${line}:9 (column value): value of observations row '${JOBS}' changed from "1500" in release ${LATEST} to ${to}observations,${JOBS},1.0.0,value,1500,1600,<why in French>,<why in English>,<why in Arabic>,<source>`,
      `${w.dir}/observations.csv:${line}:16 (column quote): quote of observations row '${JOBS}' changed from "1500 personnes qui y travaillent" in release ${LATEST} to "1600 personnes qui y travaillent" in ${w.dir}/ with no correction: add to ${w.dir}/corrections.csv the row <id>,observations,${JOBS},1.0.0,quote,1500 personnes qui y travaillent,1600 personnes qui y travaillent,<why in French>,<why in English>,<why in Arabic>,<source>`,
    ]);
  });

  it("the same change with its two corrections passes", () => {
    const why = "Relu.,Re-read.,أعيدت قراءته.,madeincity-10ans";
    const w = workingCopy({
      observations: replaceOnce(
        JOBS_CELLS,
        JOBS_CELLS.replace(",1500,", ",1600,").replace("1500 personnes", "1600 personnes"),
      ),
      corrections: (s) =>
        `${s}x-1,observations,${JOBS},1.0.0,value,1500,1600,${why}\n` +
        `x-2,observations,${JOBS},1.0.0,quote,1500 personnes qui y travaillent,1600 personnes qui y travaillent,${why}\n`,
    });
    expect(unrecorded(w)).toEqual([]);
  });

  it("a silent change of a qualifier (more_than → exact) is refused", () => {
    const w = workingCopy({
      observations: replaceOnce(
        LE360_CELLS,
        LE360_CELLS.replace(",more_than,", ",exact,").replace("plus de 230", "230"),
      ),
    });
    const line = lineOf("observations", `${LE360},`);
    expect(unrecorded(w).map((m) => m.split(" with no correction")[0])).toEqual([
      `${w.dir}/observations.csv:${line}:12 (column qualifier): qualifier of observations row '${LE360}' changed from "more_than" in release ${LATEST} to "exact" in ${w.dir}/`,
      `${w.dir}/observations.csv:${line}:16 (column quote): quote of observations row '${LE360}' changed from "plus de 230 entreprises" in release ${LATEST} to "230 entreprises" in ${w.dir}/`,
    ]);
  });

  it("follows a row renamed by a correction: a value changed with the new id names the old one", () => {
    // An id names its year, so the rename moves the figure to its other
    // possible year, each change with its correction.
    const renamed = JOBS.replace(/2011$/, "2012");
    const w = workingCopy({
      observations: replaceOnce(
        JOBS_CELLS,
        JOBS_CELLS.replace(JOBS, renamed)
          .replace(",2011,,inferred,2012,", ",2012,,inferred,2011,")
          .replace(",1500 personnes", ",C’est 1500 personnes"),
      ),
      corrections: (s) =>
        `${s}x-1,observations,${JOBS},1.0.0,id,${JOBS},${renamed},Renommée.,Renamed.,أعيدت تسميته.,madeincity-10ans\n` +
        `x-2,observations,${JOBS},1.0.0,year,2011,2012,Année.,Year.,السنة.,madeincity-10ans\n` +
        `x-3,observations,${JOBS},2.0.0,year_alternatives,2012,2011,Année.,Year.,السنة.,madeincity-10ans\n`,
    });
    const line = lineOf("observations", `${JOBS},`);
    expect(unrecorded(w)).toEqual([
      `${w.dir}/observations.csv:${line}:16 (column quote): quote of observations row '${JOBS}' changed from "1500 personnes qui y travaillent" in release ${LATEST} to "C’est 1500 personnes qui y travaillent" in ${w.dir}/ with no correction: add to ${w.dir}/corrections.csv the row <id>,observations,${JOBS},1.0.0,quote,1500 personnes qui y travaillent,C’est 1500 personnes qui y travaillent,<why in French>,<why in English>,<why in Arabic>,<source>`,
    ]);
  });

  it("a park's GeoNames id, new in 2.1.0, is added without a correction; changed once published, it needs one", () => {
    const w = workingCopy();
    expect(cellText(w.dataset.sites.find((x) => x.id === "agadir")?.geonames_id)).toBe("2561668");
    expect(unrecorded(w)).toEqual([]);
    // A later release that moves it is another matter: 2.0.0 stands in for
    // a release that had the column, by giving its Agadir row an id.
    const published = releases.map((r) =>
      r.version === "2.0.0"
        ? {
            ...r,
            version: "2.1.0",
            dataset: {
              ...r.dataset,
              sites: w.dataset.sites.map((x) =>
                x.id === "agadir" ? { ...x, geonames_id: 2561667 } : x,
              ),
            },
          }
        : r,
    );
    expect(
      unrecordedChanges([...published, w])
        .map(formatIssue)
        .filter((m) => m.includes("geonames_id")),
    ).toHaveLength(1);
  });

  it("reader notes are commentary: a rewritten note needs no correction, and the diff still shows it", () => {
    const w = workingCopy({
      observations: replaceOnce(
        "Au dixième anniversaire. Casablanca était alors le seul parc. Année déduite : l’article, non daté, marque les 10 ans (fin 2011 ou début 2012).",
        "Au dixième anniversaire du parc.",
      ),
    });
    expect(unrecorded(w)).toEqual([]);
    const latest = releases[releases.length - 1] as DataState;
    const changed = diffDatasets(latest.dataset, w.dataset).observations.changed;
    // data/ also holds the corrections made since 2.0.0: this row's change is the note alone.
    const row = changed.find((c) => c.id === "madeincity-10ans.companies_hosted.casablanca.2011");
    expect(row?.fields.map((f) => f.field)).toEqual(["note_fr"]);
  });

  it("without the errata 2.0.0 owed, finds exactly its 47 silent changes, in release 2.0.0's file", () => {
    const w = workingCopy({ corrections: withoutCorrections("m6-") });
    const found = unrecordedChanges([...releases, w]);
    expect(found).toHaveLength(47);
    expect(new Set(found.map((i) => i.file))).toEqual(
      new Set(["data/releases/2.0.0/observations.csv"]),
    );
    const byColumn = new Map<string, number>();
    for (const i of found)
      byColumn.set(String(i.columnName), (byColumn.get(String(i.columnName)) ?? 0) + 1);
    expect(Object.fromEntries(byColumn)).toEqual({
      year_basis: 25,
      year_alternatives: 18,
      scope: 4,
    });
    expect(formatIssue(found[0] as (typeof found)[number])).toBe(
      `data/releases/2.0.0/observations.csv:2:7 (column year_basis): year_basis of observations row 'madeincity-10ans.companies_hosted.casablanca.2011' changed from "printed" in release 1.1.0 (which had no column year_basis) to "inferred" in release 2.0.0 with no correction: add to ${w.dir}/corrections.csv the row <id>,observations,madeincity-10ans.companies_hosted.casablanca.2011,1.0.0,year_basis,,inferred,<why in French>,<why in English>,<why in Arabic>,<source>`,
    );
    const scopes = found
      .filter((i) => i.columnName === "scope")
      .map((i) => i.message.split(" ")[4]);
    expect(scopes).toEqual([
      `'${LE360}'`,
      "'le360-reussites.jobs.network.2015'",
      "'le360-reussites.turnover_mad.network.2015'",
      // Renamed in 2.0.0 (it_sector_turnover_share_pct): the correction names the row as 1.1.0 did.
      "'le360-reussites.ict_market_share_pct.network.2015'",
    ]);
  });
});

describe("published_in is the first release that carried the row as corrected", () => {
  it("refuses a later release than the first", () => {
    const w = workingCopy({
      corrections: replaceOnce(
        `m6-1,observations,madeincity-10ans.companies_hosted.casablanca.2011,1.0.0,`,
        `m6-1,observations,madeincity-10ans.companies_hosted.casablanca.2011,1.1.0,`,
      ),
    });
    const line = lineOf("corrections", "m6-1,");
    expect(misfiled(w)).toEqual([
      `${w.dir}/corrections.csv:${line}:4 (column published_in): release 1.0.0 already published observations row 'madeincity-10ans.companies_hosted.casablanca.2011' (without a column year_basis, so before ""): published_in is the first release that carried the row as corrected, 1.0.0, not 1.1.0`,
    ]);
  });

  it("refuses it for a cell that release had, naming the value", () => {
    const w = workingCopy({
      corrections: replaceOnce("l5-3,sites,casablanca,1.0.0,", "l5-3,sites,casablanca,1.1.0,"),
    });
    const line = lineOf("corrections", "l5-3,");
    expect(misfiled(w)).toEqual([
      `${w.dir}/corrections.csv:${line}:4 (column published_in): release 1.0.0 already published sites row 'casablanca' with opened "2001": published_in is the first release that carried the row as corrected, 1.0.0, not 1.1.0`,
    ]);
  });
});
