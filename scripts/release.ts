// npm run release -- <version> --note "..." [--date YYYY-MM-DD] [--allow-removal "why"]
//
// Validates data/ with every rule, stages the release in a folder of its own,
// reads it back and compares it field for field with data/, then renames it
// into data/releases/<version>/. One run at a time (a lock file); refused
// runs write nothing.
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
    "allow-removal": { type: "string" },
  },
});
const [version] = positionals;
if (!version || values.note === undefined) {
  console.error(
    'Usage: npm run release -- <version> --note "what changed" [--date YYYY-MM-DD] [--allow-removal "why rows or charts go"]',
  );
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
    ...(values["allow-removal"] ? { allowRemoval: values["allow-removal"] } : {}),
  });
  console.log(
    `Release ${version} written to ${values.releases}/${version}/ (read back and checked): ${files.join(", ")}`,
  );
} catch (e) {
  if (e instanceof DataValidationError) console.error(`Release refused: ${e.message}`);
  else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
