import { TABLE_NAMES, type TableName } from "../../schemas/index.ts";
import type { EditorialRule } from "./rule-set.ts";
import { columnLanguage, textProblems, type TextLang } from "./text-rules.ts";

/** Records a problem in one column of a row when `ok` is false, under an editorial rule. */
type At = (column: string, ok: boolean, message: string, rule?: EditorialRule) => void;

/** Each table's validated rows, with the header of the file they were read from. */
type Rows = Record<TableName, { row: Record<string, unknown>; header: string[] }[]>;

const LANGUAGE_NAME: Record<TextLang, string> = { fr: "French", en: "English", ar: "Arabic" };
const NOTE_COLUMNS = ["note_fr", "note_en", "note_ar"] as const;

/** Columns of verbatim or proper text: no language to hold them to, but no placeholder either. */
const PLAIN_COLUMNS = new Set(["title", "publisher", "author", "quote", "note"]);

/**
 * The ids readers never see, that a note must not use in place of a
 * publisher and title: every source, figure and event id, and the metric and
 * site ids that cannot pass for a word (companies_hosted; not casablanca).
 */
function internalIds(rows: Rows): Set<string> {
  const ids = new Set<string>();
  for (const name of ["sources", "observations", "events"] as const)
    for (const { row } of rows[name]) ids.add(String(row.id));
  for (const name of ["metrics", "sites"] as const)
    for (const { row } of rows[name]) if (/[-_.\d]/.test(String(row.id))) ids.add(String(row.id));
  return ids;
}

/** Runs of id characters in a text: "lesoir-10ans", "x.jobs.casablanca.2011". */
const ID_TOKEN = /[a-z0-9][a-z0-9._-]*[a-z0-9]/g;

/** Parts of a figure's or an event's id besides its source: "companies_hosted", "opening". */
const ID_PART = /^(?:[a-z0-9]+(?:_[a-z0-9]+)+|opening|anniversary|event|plan)$/;

/**
 * The first internal id a text names, or undefined: a known id, or one of
 * their shapes for a row not (or no longer) in the data ("<source>.…", or
 * three dotted parts one of which is a metric or an event kind). A domain
 * name such as www.h24info.ma is none of these.
 */
function idIn(text: string, ids: ReadonlySet<string>, sources: readonly string[]) {
  for (const token of text.match(ID_TOKEN) ?? []) {
    if (ids.has(token)) return token;
    if (sources.some((s) => token.startsWith(`${s}.`))) return token;
    const parts = token.split(".");
    if (parts.length >= 3 && parts.some((p) => ID_PART.test(p))) return token;
  }
  return undefined;
}

/**
 * The rules of texts written for readers, in every table: each `_fr`,
 * `_en`, `_ar` column in its language (text-rules.ts), no placeholder in any
 * text, a note in all three languages or in none (a page shows its own
 * language's note: an empty note_fr would show French readers nothing, or
 * the English one), and no internal id in a note or label for readers
 * (the reasons of corrections and the notes on sources are for researchers,
 * who read ids: the errata on the data page keep them).
 */
export function checkReaderTexts(rows: Rows, check: (table: TableName, index: number) => At) {
  const ids = internalIds(rows);
  const sources = rows.sources.map((l) => String(l.row.id));
  for (const table of TABLE_NAMES)
    rows[table].forEach(({ row, header }, index) => {
      const at = check(table, index);
      // The file's own columns: a 1.x note lifted into note_en is English
      // alone, as published, and not held to the three-language rules.
      for (const column of header) {
        const value = row[column];
        if (typeof value !== "string" || value === "") continue;
        const lang = columnLanguage(column);
        if (!lang && !PLAIN_COLUMNS.has(column)) continue;
        for (const problem of textProblems(value, lang))
          at(column, false, problem, "text-language");
        if (lang && !column.startsWith("reason_")) {
          const id = idIn(value, ids, sources);
          at(
            column,
            id === undefined,
            `names the internal id '${id}', which readers do not know: name the publisher and title, or the figure, in words`,
            "internal-ids",
          );
        }
      }
      if (!NOTE_COLUMNS.every((c) => header.includes(c))) return;
      const written = NOTE_COLUMNS.filter((c) => row[c] !== "");
      if (written.length === 0) return;
      for (const column of NOTE_COLUMNS) {
        const lang = columnLanguage(column) as TextLang;
        const other = written[0] as string;
        at(
          column,
          row[column] !== "",
          `is empty while ${other} is not: ${LANGUAGE_NAME[lang]} readers would not get the note; write it in ${LANGUAGE_NAME[lang]} too, or leave all three empty`,
          "note-languages",
        );
      }
    });
}
