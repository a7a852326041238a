// Validates data/; exits 1 listing every problem (the first 200 and a count
// by file and column when there are more). Problems that only block a
// release (rule-set.ts) are printed as warnings and do not fail. The
// published releases are checked first: each folder byte for byte as the
// commit that published it (git history), against its SHA256SUMS, its JSON
// against its CSV. Then each correction is checked against the release it
// names, and every cell of a published row that changed since (release to
// release, and in data/) needs its correction.
import { loadDataset } from "../src/lib/data/load-dataset.ts";
import { checkReleasesImmutable } from "../src/lib/release/check-immutable.ts";
import { errataIssues, publishedStates } from "../src/lib/release/check-errata.ts";
import { listReleases, ReleaseError, RELEASES_DIR } from "../src/lib/release/releases.ts";
import { DataValidationError, formatIssues, type DataIssue } from "../src/lib/data/issues.ts";

const dir = process.argv[2] ?? "data";
const warnings: DataIssue[] = [];
try {
  const immutable = checkReleasesImmutable(RELEASES_DIR);
  if (immutable.skipped) console.warn(`Warning: ${immutable.skipped}.`);
  if (immutable.problems.length) throw new ReleaseError(immutable.problems);
  const releases = publishedStates(listReleases());
  const published = (v: string) => releases.find((r) => r.version === v)?.dataset;
  const d = loadDataset(dir, { rules: "data", warnings, published });
  const errata = errataIssues(releases, { dir, dataset: d });
  if (errata.length) throw new DataValidationError(errata);
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
      `${d.places.length} places, ${d.corrections.length} corrections; releases ${releases.map((r) => r.version).join(", ")} as published.`,
  );
} catch (e) {
  if (e instanceof ReleaseError) {
    console.error(e.message);
    process.exit(1);
  }
  if (!(e instanceof DataValidationError)) throw e;
  console.error(e.message);
  process.exit(1);
}
