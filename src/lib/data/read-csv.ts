import Papa from "papaparse";
import type { DataIssue } from "./issues.ts";

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes UTF-8 strictly. A file that is not UTF-8 is reported at the first
 * line that fails, rather than decoded with replacement characters that would
 * slip into published quotes.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; issue?: DataIssue } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = bytes.length;
      const slice = bytes.subarray(start, end);
      try {
        decoder.decode(slice);
      } catch {
        // The lenient decoder marks the first bad byte with U+FFFD.
        const column = new TextDecoder("utf-8").decode(slice).indexOf("\uFFFD") + 1;
        return {
          issue: { file, line, column, message: "is not valid UTF-8 (save the file as UTF-8)" },
        };
      }
      start = end + 1;
    }
    return { issue: { file, message: "is not valid UTF-8 (save the file as UTF-8)" } };
  }
}

/**
 * Parses RFC 4180 CSV (LF or CRLF, optional UTF-8 BOM) into a header and
 * rows that keep the line each record starts on, so errors can point at it.
 * Blank lines are skipped.
 */
export function parseCsv(file: string, text: string): { table: CsvTable; issues: DataIssue[] } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const issues: DataIssue[] = [];
  const records: CsvRow[] = [];
  let offset = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const consumed = body.slice(offset, cursor);
      const recordStart = line;
      for (const err of result.errors) {
        issues.push({ file, line: recordStart, message: `CSV syntax: ${err.message}` });
      }
      const cells = result.data;
      if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordStart, cells });
      line += countNewlines(consumed);
      offset = cursor;
    },
  });
  const [head, ...rows] = records;
  if (!head) {
    issues.push({ file, line: 1, message: "is empty: expected a header line" });
    return { table: { header: [], rows: [] }, issues };
  }
  return { table: { header: head.cells, rows }, issues };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
