import { textProblems, type TextLang } from "../data/text-rules.ts";

/** Release notes in each language of the site. */
export interface ReleaseNotes {
  fr: string;
  en: string;
  ar: string;
}

const HEADINGS: Record<keyof ReleaseNotes, RegExp> = {
  fr: /^##\s+(Français|French)\s*$/i,
  en: /^##\s+(English|Anglais)\s*$/i,
  ar: /^##\s+(العربية|Arabic|Arabe)\s*$/i,
};

/**
 * The three sections of a notes file (`## Français`, `## English`,
 * `## العربية`, in any order; a `#` title line and anything before the
 * first section are ignored). Throws naming the sections that are missing
 * or empty: a release's notes exist in every language or not at all.
 */
export function parseReleaseNotes(markdown: string): ReleaseNotes {
  const out: Partial<Record<keyof ReleaseNotes, string[]>> = {};
  let current: keyof ReleaseNotes | undefined;
  for (const line of markdown.replace(/\r\n/g, "\n").split("\n")) {
    const lang = (Object.keys(HEADINGS) as (keyof ReleaseNotes)[]).find((l) =>
      HEADINGS[l].test(line),
    );
    if (lang) {
      current = lang;
      out[lang] = [];
    } else if (/^#{1,2}\s/.test(line)) current = undefined;
    else if (current) out[current]?.push(line);
  }
  const notes = {
    fr: (out.fr ?? []).join("\n").trim(),
    en: (out.en ?? []).join("\n").trim(),
    ar: (out.ar ?? []).join("\n").trim(),
  };
  const missing = (Object.keys(notes) as (keyof ReleaseNotes)[]).filter((l) => notes[l] === "");
  if (missing.length)
    throw new Error(
      `release notes: no ${missing.join(", ")} section (expected ## Français, ## English and ## العربية)`,
    );
  return notes;
}

const NOTE_NAME: Record<TextLang, string> = {
  fr: "the French release note",
  en: "the English release note",
  ar: "the Arabic release note",
};

/**
 * Why release notes cannot be published, or undefined: each note is held to
 * the rules of a reader-facing text of data/ (src/lib/data/text-rules.ts),
 * in its own language: no bidi control or invisible character (a U+202E
 * would go raw onto the data page, the Atom feed, datapackage.json and
 * catalog.jsonld, for ever), no placeholder such as TODO, and each in its
 * own script. `note` alone is the English note of a release without `notes`.
 */
export function refuseReleaseNotes(meta: {
  note: string;
  notes?: ReleaseNotes;
}): string | undefined {
  const texts: [TextLang, string][] = meta.notes
    ? [
        ["fr", meta.notes.fr],
        ["en", meta.notes.en],
        ["ar", meta.notes.ar],
      ]
    : [["en", meta.note]];
  const problems = texts.flatMap(([lang, text]) =>
    // The rules speak of cells, which may be left empty; a note may not.
    textProblems(text, lang).map(
      (p) => `${NOTE_NAME[lang]} ${p.replace(/, or leave the cell empty$/, "")}`,
    ),
  );
  return problems.length ? problems.join("; ") : undefined;
}

/** A note as blocks to show: paragraphs, and lists from lines that start with "- ". */
export type NoteBlock = { kind: "p"; text: string } | { kind: "ul"; items: string[] };

/**
 * The blocks of a release note written in plain Markdown: blank lines
 * separate paragraphs, "- " starts a list item, and a line indented under
 * an item continues it. No other markup is read: notes are plain text.
 */
export function noteBlocks(note: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  for (const chunk of note.trim().split(/\n\s*\n/)) {
    const lines = chunk.split("\n");
    if (!lines[0]?.startsWith("- ")) {
      blocks.push({ kind: "p", text: lines.map((l) => l.trim()).join(" ") });
      continue;
    }
    const items: string[] = [];
    for (const line of lines)
      if (line.startsWith("- ")) items.push(line.slice(2).trim());
      else items[items.length - 1] = `${items[items.length - 1] ?? ""} ${line.trim()}`.trim();
    blocks.push({ kind: "ul", items });
  }
  return blocks;
}
