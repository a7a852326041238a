// Validates data/; exits 1 listing every problem (the first 200 and a count
// by file and column when there are more). Problems that only block a
// release (rule-set.ts) are printed as warnings and do not fail. Each
// correction is also checked against the published release it names.
import { loadDataset } from "../src/lib/data/load-dataset.ts";
import { listReleases, loadRelease } from "../src/lib/release/releases.ts";
import { DataValidationError, formatIssues, type DataIssue } from "../src/lib/data/issues.ts";

const dir = process.argv[2] ?? "data";
const warnings: DataIssue[] = [];
try {
  const releases = new Map(listReleases().map((r) => [r.version, r]));
  const published = (v: string) => {
    const r = releases.get(v);
    return r && loadRelease(r);
  };
  const d = loadDataset(dir, { rules: "data", warnings, published });
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
      `${d.sources.length} sources, ${d.metrics.length} metrics, ${d.sites.length} sites, ` +
      `${d.corrections.length} corrections.`,
  );
} catch (e) {
  if (!(e instanceof DataValidationError)) throw e;
  console.error(e.message);
  process.exit(1);
}
