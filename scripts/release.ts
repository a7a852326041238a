// npm run release -- <version> --note "..." [--date YYYY-MM-DD] [--allow-removal "why"]
// npm run release -- <version> --notes notes.md        (## Français, ## English, ## العربية)
// npm run release -- <version> --note-fr "..." --note-en "..." --note-ar "..."
//   [--confirm-date]     a --date after today is meant
//   [--confirm-version]  a version more than one step ahead of the latest is meant
//
// Validates data/ with every rule, stages the release in a folder of its own,
// reads it back and compares it field for field with data/, then renames it
// into data/releases/<version>/. One run at a time (a lock file); refused
// runs write nothing. Notes in three languages go into datapackage.json
// (releaseNotes; releaseNote keeps the English one) and CHANGELOG.md.
//
// Ctrl-C, SIGTERM or SIGHUP stop the run and remove its lock and staging
// folder, up to the rename; after it, the run finishes first (milliseconds).
// A run killed outright (kill -9) is finished by the next run.
//
// Fault injection, for tests/unit/scripts/release.test.ts only:
//   TP_RELEASE_KILL_AT=<stage>   the process SIGKILLs itself at that stage;
//   TP_RELEASE_PAUSE_AT=<stage>  it prints "paused at <stage>" on stderr and
//                                waits there for a signal.
// Stages, in order: locked, validated, staged, renamed, changelog-temp,
// changelog, citation (RELEASE_STAGES in src/lib/release/cut-release.ts).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { cutRelease, type ReleaseStage } from "../src/lib/release/cut-release.ts";
import { DataValidationError } from "../src/lib/data/issues.ts";
import { parseReleaseNotes, type ReleaseNotes } from "../src/lib/release/release-notes.ts";
import { listReleases } from "../src/lib/release/releases.ts";
import { archiveLinksFromEnv } from "../src/lib/release/zenodo.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    note: { type: "string" },
    notes: { type: "string" },
    "note-fr": { type: "string" },
    "note-en": { type: "string" },
    "note-ar": { type: "string" },
    date: { type: "string", default: new Date().toISOString().slice(0, 10) },
    "confirm-date": { type: "boolean", default: false },
    "confirm-version": { type: "boolean", default: false },
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
    'Usage: npm run release -- <version> (--note "what changed" | --notes notes.md | --note-fr … --note-en … --note-ar …) [--date YYYY-MM-DD [--confirm-date]] [--confirm-version] [--allow-removal "why rows or charts go"]',
  );
  process.exit(2);
};
const refused = (why: string): never => {
  console.error(`Release refused: ${why}.`);
  process.exit(1);
};

// One way to give the notes: a note given twice would be dropped silently.
const perLanguage = (["note-fr", "note-en", "note-ar"] as const).filter(
  (f) => values[f] !== undefined,
);
const ways = [
  ...(values.note !== undefined ? ["--note"] : []),
  ...(values.notes !== undefined ? ["--notes"] : []),
  ...(perLanguage.length ? [perLanguage.map((f) => `--${f}`).join(", ")] : []),
];
if (ways.length > 1)
  refused(
    `${ways.join(" and ")} conflict: give the notes one way, --note "…" (one English note), --notes notes.md, or --note-fr, --note-en and --note-ar together`,
  );

let notes: ReleaseNotes | undefined;
try {
  if (values.notes) notes = parseReleaseNotes(readFileSync(values.notes, "utf8"));
  else if (perLanguage.length)
    notes = {
      fr: values["note-fr"] ?? "",
      en: values["note-en"] ?? "",
      ar: values["note-ar"] ?? "",
    };
} catch (e) {
  refused(e instanceof Error ? e.message : String(e));
}
const note = notes?.en ?? values.note;
if (!version || note === undefined) usage();

// A signal stops the run through its own cleanup (the lock and the staging
// folder go in `finally`), instead of killing it where it stands.
const stop = new AbortController();
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
let received: keyof typeof SIGNAL_CODES | undefined;
for (const sig of Object.keys(SIGNAL_CODES) as (keyof typeof SIGNAL_CODES)[])
  process.on(sig, () => {
    received ??= sig;
    stop.abort(new Error(`interrupted by ${sig}`));
  });

async function atStage(stage: ReleaseStage): Promise<void> {
  if (process.env.TP_RELEASE_KILL_AT === stage) process.kill(process.pid, "SIGKILL");
  if (process.env.TP_RELEASE_PAUSE_AT === stage) {
    console.error(`paused at ${stage}`);
    // The timer keeps the process alive while it waits: a signal listener does not.
    const alive = setInterval(() => {}, 1000);
    await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
    clearInterval(alive);
  }
}

try {
  // The release's page (SITE_URL) and the previous release's DOI
  // (DATASET_DOI_<version>) go into its CITATION.cff and .zenodo.json when
  // known; without them, nothing is guessed.
  const previous = listReleases(values.releases)
    .map((r) => r.version)
    .filter((v) => v !== version)
    .at(-1);
  const { files, outcome } = await cutRelease({
    version: version as string,
    archive: archiveLinksFromEnv(process.env, version as string, previous),
    note: note as string,
    ...(notes ? { notes } : {}),
    date: values.date,
    confirmDate: values["confirm-date"],
    confirmVersion: values["confirm-version"],
    dataDir: values.data,
    releasesDir: values.releases,
    changelog: values.changelog,
    citation: values.citation,
    ...(values["allow-removal"] ? { allowRemoval: values["allow-removal"] } : {}),
    log: (line) => console.log(line),
    signal: stop.signal,
    onStage: atStage,
  });
  if (outcome === "cut")
    console.log(
      `Release ${version} written to ${values.releases}/${version}/ (read back and checked): ${files.join(", ")}`,
    );
  if (received)
    console.log(
      `(${received} came after the release was in place: the run finished it first, so nothing is left half-done.)`,
    );
} catch (e) {
  if (received && stop.signal.aborted && e === stop.signal.reason) {
    console.error(
      `Release ${version} interrupted by ${received}: nothing was published; its lock and staging folder are removed.`,
    );
    process.exit(SIGNAL_CODES[received]);
  }
  if (e instanceof DataValidationError) console.error(`Release refused: ${e.message}`);
  else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
