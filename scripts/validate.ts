// Validates data/; exits 1 listing every problem (the first 200 and a count
// by file and column when there are more). Problems that only block a
// release (rule-set.ts) are printed as warnings and do not fail.
import { loadDataset } from "../src/lib/data/load-dataset.ts";
import { DataValidationError, formatIssues, type DataIssue } from "../src/lib/data/issues.ts";

const dir = process.argv[2] ?? "data";
const warnings: DataIssue[] = [];
try {
  const d = loadDataset(dir, { rules: "data", warnings });
  if (warnings.length)
    console.warn(
      formatIssues(warnings).replace(
        /^(\d+) problems? in the data:/,
        (_m, n: string) =>
          `Warning: ${n} problem${n === "1" ? "" : "s"} that npm run release will refuse:`,
      ),
    );
  console.log(
    `${dir}: valid — ${d.observations.length} observations, ${d.events.length} events, ` +
      `${d.sources.length} sources, ${d.metrics.length} metrics, ${d.sites.length} sites.`,
  );
} catch (e) {
  if (!(e instanceof DataValidationError)) throw e;
  console.error(e.message);
  process.exit(1);
}
