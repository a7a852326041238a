import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import { dataInputs, lineOf, replaceOnce } from "../../../helpers/data-fixture.ts";

// A correction records one change, once. Each fault is added to data/.
const L10 = readFileSync("data/corrections.csv", "utf8")
  .split("\n")
  .find((l) => l.startsWith("l10-1,")) as string;
const l10Line = lineOf("corrections", "l10-1,");
const lastLine = readFileSync("data/corrections.csv", "utf8").trimEnd().split("\n").length;
const ROW = "events row 'lavieeco-15ans.plan.marrakech-agadir'";

const problems = (edits: Parameters<typeof dataInputs>[0]) =>
  validateDataset(dataInputs(edits)).issues.map(formatIssue);

describe("corrections record a change, once", () => {
  it("refuses a correction whose after is its before", () => {
    expect(
      problems({
        corrections: replaceOnce(",1.1.0,date,2016-06,2016-06-15,", ",1.1.0,date,2016-06-15,2016-06-15,"),
      }),
    ).toEqual([
      `data/corrections.csv:${l10Line}:7 (column after): after is the same as before ("2016-06-15"): a correction records a value that changed`,
    ]);
  });

  it("refuses the same field of the same row corrected twice in one release", () => {
    expect(problems({ corrections: (s) => `${s}${L10.replace("l10-1,", "x-1,")}\n` })).toEqual([
      `data/corrections.csv:${lastLine + 1}:4 (column published_in): line ${l10Line} already corrects date of ${ROW} published in 1.1.0: one correction per field, row and release`,
    ]);
  });

  it("refuses the same change recorded again under another release", () => {
    const again = L10.replace("l10-1,", "x-1,").replace(",1.1.0,", ",1.0.0,");
    expect(problems({ corrections: (s) => `${s}${again}\n` })).toEqual([
      `data/corrections.csv:${lastLine + 1}:7 (column after): line ${l10Line} already records date of ${ROW} changed from "2016-06" to "2016-06-15": record a change once`,
    ]);
  });
});
