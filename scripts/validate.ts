// Validates data/ and every published release; exits 1 listing every problem.
import { loadDataset } from "../src/lib/data/load-dataset.ts";
import { DataValidationError } from "../src/lib/data/issues.ts";

const dir = process.argv[2] ?? "data";
try {
  const d = loadDataset(dir);
  console.log(
    `${dir}: valid — ${d.observations.length} observations, ${d.events.length} events, ` +
      `${d.sources.length} sources, ${d.metrics.length} metrics, ${d.sites.length} sites.`,
  );
} catch (e) {
  if (!(e instanceof DataValidationError)) throw e;
  console.error(e.message);
  process.exit(1);
}
