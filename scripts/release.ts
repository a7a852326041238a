// npm run release -- <version> --note "..." [--date YYYY-MM-DD]
import { parseArgs } from "node:util";
import { cutRelease } from "../src/lib/release/cut-release.ts";
import { DataValidationError } from "../src/lib/data/issues.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    note: { type: "string" },
    date: { type: "string", default: new Date().toISOString().slice(0, 10) },
    data: { type: "string", default: "data" },
    releases: { type: "string", default: "data/releases" },
    changelog: { type: "string", default: "CHANGELOG.md" },
    citation: { type: "string", default: "CITATION.cff" },
  },
});
const [version] = positionals;
if (!version || values.note === undefined) {
  console.error('Usage: npm run release -- <version> --note "what changed" [--date YYYY-MM-DD]');
  process.exit(2);
}
try {
  const files = cutRelease({
    version,
    note: values.note,
    date: values.date,
    dataDir: values.data,
    releasesDir: values.releases,
    changelog: values.changelog,
    citation: values.citation,
  });
  console.log(`Release ${version} written to ${values.releases}/${version}/: ${files.join(", ")}`);
} catch (e) {
  console.error(e instanceof DataValidationError || e instanceof Error ? e.message : e);
  process.exit(1);
}
