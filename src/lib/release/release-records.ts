import type { ReleaseMeta } from "./datapackage.ts";

// The two files of the repository that record each release beside its
// folder: CHANGELOG.md (one entry per release, newest first) and
// CITATION.cff (the newest release's version and date). Pure text in, text
// out, so that writing them is one atomic step and a rerun can tell what a
// killed run left undone.

const CHANGELOG_TITLE =
  "# Changelog of the datasets\n\nEach release is published under `/data/<version>/` and never changes.\n";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the changelog has an entry for `version` (its "## <version> — " heading). */
export function hasChangelogEntry(changelog: string, version: string): boolean {
  return new RegExp(`^## ${escape(version)} — `, "m").test(changelog);
}

/**
 * The changelog with the entry of `meta` first, under the title; `old` is
 * the current text (undefined if there is no changelog yet). Notes in three
 * languages go in as they are written, each under its own heading.
 */
export function withChangelogEntry(old: string | undefined, meta: ReleaseMeta): string {
  const text = old ?? CHANGELOG_TITLE;
  const body = text.startsWith(CHANGELOG_TITLE) ? text.slice(CHANGELOG_TITLE.length) : `\n${text}`;
  const notes = meta.notes
    ? `### English\n\n${meta.notes.en.trim()}\n\n### Français\n\n${meta.notes.fr.trim()}\n\n### العربية\n\n${meta.notes.ar.trim()}`
    : meta.note.trim();
  return `${CHANGELOG_TITLE}\n## ${meta.version} — ${meta.date}\n\n${notes}\n${body}`;
}

/**
 * Why the changelog cannot take an entry, or undefined: an existing but
 * empty CHANGELOG.md has lost its history (the release tool once wrote it
 * in place, and a kill could leave it at 0 bytes); adding an entry would
 * make that loss look like a fresh start.
 */
export function refuseChangelog(path: string, text: string | undefined): string | undefined {
  if (text !== undefined && text.trim() === "")
    return `${path} is empty, its earlier entries lost: restore it (git checkout -- ${path}) and run again`;
  return undefined;
}

const VERSION_LINE = /^version: .*$/m;
const DATE_LINE = /^date-released: .*$/m;

/** CITATION.cff pointed at the release of `meta`, so "how to cite" never lags. */
export function citationFor(cff: string, meta: ReleaseMeta): string {
  return cff
    .replace(VERSION_LINE, `version: ${meta.version}`)
    .replace(DATE_LINE, `date-released: "${meta.date}"`);
}

/**
 * Why CITATION.cff cannot be updated, or undefined: without its `version:`
 * and `date-released:` lines (an empty or half-written file) the update
 * would silently leave it citing nothing.
 */
export function refuseCitation(path: string, cff: string): string | undefined {
  if (!VERSION_LINE.test(cff) || !DATE_LINE.test(cff))
    return `${path} has no "version:" or no "date-released:" line: restore it (git checkout -- ${path}) and run again`;
  return undefined;
}
