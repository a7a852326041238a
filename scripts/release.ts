// npm run release -- <version> --note "..." [--date YYYY-MM-DD] [--allow-removal "why"]
// npm run release -- <version> --notes notes.md        (## Français, ## English, ## العربية)
// npm run release -- <version> --note-fr "..." --note-en "..." --note-ar "..."
//
// Validates data/ with every rule, stages the release in a folder of its own,
// reads it back and compares it field for field with data/, then renames it
// into data/releases/<version>/. One run at a time (a lock file); refused
// runs write nothing. Notes in three languages go into datapackage.json
// (releaseNotes; releaseNote keeps the English one) and CHANGELOG.md.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { cutRelease } from "../src/lib/release/cut-release.ts";
import { DataValidationError } from "../src/lib/data/issues.ts";
import { parseReleaseNotes, type ReleaseNotes } from "../src/lib/release/release-notes.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    note: { type: "string" },
    notes: { type: "string" },
    "note-fr": { type: "string" },
    "note-en": { type: "string" },
    "note-ar": { type: "string" },
    date: { type: "string", default: new Date().toISOString().slice(0, 10) },
    data: { type: "string", default: "data" },
    releases: { type: "string", default: "data/releases" },
    changelog: { type: "string", default: "CHANGELOG.md" },
    citation: { type: "string", default: "CITATION.cff" },
    "allow-removal": { type: "string" },
  },
});
const [version] = positionals;
const usage = () => {
  console.error(
    'Usage: npm run release -- <version> (--note "what changed" | --notes notes.md | --note-fr … --note-en … --note-ar …) [--date YYYY-MM-DD] [--allow-removal "why rows or charts go"]',
  );
  process.exit(2);
};
let notes: ReleaseNotes | undefined;
try {
  if (values.notes) notes = parseReleaseNotes(readFileSync(values.notes, "utf8"));
  else if (values["note-fr"] || values["note-en"] || values["note-ar"])
    notes = {
      fr: values["note-fr"] ?? "",
      en: values["note-en"] ?? "",
      ar: values["note-ar"] ?? "",
    };
} catch (e) {
  console.error(`Release refused: ${e instanceof Error ? e.message : String(e)}.`);
  process.exit(1);
}
const note = notes?.en ?? values.note;
if (!version || note === undefined) usage();
try {
  const files = cutRelease({
    version: version as string,
    note: note as string,
    ...(notes ? { notes } : {}),
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
