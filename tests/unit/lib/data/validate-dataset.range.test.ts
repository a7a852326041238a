import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import { dataInputs, lineOf, replaceOnce } from "../../../helpers/data-fixture.ts";

// A range the source prints («de 90 à 100»): qualifier range with
// value_high (column 10), each rule shown by one fault added to the data.
const problems = (edits: Parameters<typeof dataInputs>[0]): string[] =>
  validateDataset(dataInputs(edits)).issues.map(formatIssue);

const TANGER = "jeuneafrique-tanger-2017.capacity_companies.tanger.2017,";
const line = lineOf("observations", TANGER);
const cells = "2017,,inferred,2018,90,100,companies,range,";
const edit = (to: string) => ({ observations: replaceOnce(cells, to) });

describe("value_high: a range's upper bound, and only a range's", () => {
  it("accepts «de 90 à 100 sociétés» as a range from 90 to 100", () => {
    expect(problems({})).toEqual([]);
  });

  it("a range needs its upper bound", () => {
    expect(problems(edit("2017,,inferred,2018,90,,companies,range,"))).toEqual([
      `data/observations.csv:${line}:10 (column value_high): a range needs its upper bound in value_high: «de 30 à 40» is value 30 and value_high 40`,
    ]);
  });

  it("no other qualifier has one", () => {
    expect(problems(edit("2017,,inferred,2018,90,100,companies,exact,"))).toEqual([
      `data/observations.csv:${line}:10 (column value_high): value_high is only for a range: set qualifier to 'range', or leave value_high empty (qualifier is 'exact')`,
    ]);
  });

  it("runs upwards", () => {
    expect(problems(edit("2017,,inferred,2018,90,90,companies,range,"))).toEqual([
      `data/observations.csv:${line}:10 (column value_high): a range runs upwards: value_high 90 is not above value 90`,
      `data/observations.csv:${line}:12 (column qualifier): 'range' but the quote does not join 90 and 90 as a range («de 90 à 90», "90 to 90", «من 90 إلى 90»)`,
    ]);
  });

  it("is stated by the quote, joined to the lower bound", () => {
    expect(problems(edit("2017,,inferred,2018,90,110,companies,range,"))).toEqual([
      `data/observations.csv:${line}:10 (column value_high): quote does not state value_high 110`,
    ]);
    const waiting = "lavieeco-700.waiting_list_companies.casablanca.2015,";
    expect(
      problems({
        observations: replaceOnce(
          "2015,,inferred,,30,40,companies,range,,,lavieeco-700,une liste d’attente de 30 à 40 jeunes entreprises,",
          "2015,,inferred,,30,230,companies,range,,,lavieeco-700,soit 230 start-up et PME. Nous gérons une liste d’attente de 30,",
        ),
      }),
    ).toEqual([
      `data/observations.csv:${lineOf("observations", waiting)}:12 (column qualifier): 'range' but the quote does not join 30 and 230 as a range («de 30 à 230», "30 to 230", «من 30 إلى 230»)`,
    ]);
  });
});
