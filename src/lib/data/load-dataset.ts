import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LAYOUT_CURRENT, type TableName } from "../../schemas/index.ts";
import { datasetIndex, type Dataset } from "./dataset.ts";
import { DataValidationError, type DataIssue } from "./issues.ts";
import { validateDataset, type TableInput, type ValidateOptions } from "./validate-dataset.ts";

/**
 * Reads `<dir>/<table>.csv` for every table and validates them together.
 * Throws DataValidationError listing every problem; a missing file is one.
 * The dataset's index (`datasetIndex`) is built here, once per load.
 * `options.rules` picks the rules (rule-set.ts); warnings, if any, are
 * pushed onto `options.warnings`.
 */
export function loadDataset(
  dir: string,
  options: ValidateOptions & { warnings?: DataIssue[] } = {},
): Dataset {
  const inputs: Partial<Record<TableName, TableInput>> = {};
  const missing: string[] = [];
  for (const name of (options.layout ?? LAYOUT_CURRENT).tables) {
    const path = join(dir, `${name}.csv`);
    const file = relative(process.cwd(), path) || path;
    try {
      inputs[name] = { file, bytes: readFileSync(path) };
    } catch {
      missing.push(file);
      inputs[name] = { file, bytes: new Uint8Array() };
    }
  }
  if (missing.length)
    throw new DataValidationError(missing.map((file) => ({ file, message: "is missing" })));
  const { dataset, issues, warnings } = validateDataset(inputs, options);
  options.warnings?.push(...warnings);
  if (!dataset) throw new DataValidationError(issues);
  datasetIndex(dataset);
  return dataset;
}
