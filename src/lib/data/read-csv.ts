import type { DataIssue } from "./issues.ts";
import { lineEndingIssue, type LineEnd } from "./line-endings.ts";

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
 * Parses RFC 4180 CSV (comma-separated, LF or CRLF, optional UTF-8 BOM) into
 * a header and rows that keep the line each record starts on. Blank lines
 * are skipped. Our own small reader rather than papaparse's, whose recovery
 * from a stray quote swallows the rest of the file and whose messages
 * ("Trailing quote on quoted field is malformed") name no cell: here each
 * problem names its line and cell in plain words, the line ends are
 * detected (CR alone, or a mix, is refused rather than misread) and the
 * delimiter is a comma, checked on the header.
 */
export function parseCsv(file: string, text: string): { table: CsvTable; issues: DataIssue[] } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const issues: DataIssue[] = [];
  const records: CsvRow[] = [];
  const ends: { line: number; end: LineEnd }[] = [];
  let i = 0;
  let line = 1;
  while (i < body.length) {
    const start = line;
    const cells: string[] = [];
    let bad: DataIssue | undefined;
    for (;;) {
      const cell = cells.length + 1;
      let value = "";
      if (body[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= body.length) {
            bad ??= at(start, cell, "opens a quote mark that is never closed");
            break;
          }
          const c = body[i] as string;
          if (c === '"' && body[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (c === '"') {
            i++;
            break;
          } else {
            if (c === "\n" || (c === "\r" && body[i + 1] !== "\n")) line++;
            value += c;
            i++;
          }
        }
        if (i < body.length && !isEnd(body, i) && body[i] !== ",") {
          // A quoted cell that ran over lines and then went wrong most likely
          // never closed its own quote mark: point at where it opened.
          bad ??=
            line > opened
              ? at(
                  opened,
                  cell,
                  `opens a quote mark that is not closed on its line (the cell runs on to line ${line})`,
                )
              : at(
                  line,
                  cell,
                  'has text after its closing quote mark (a quote mark inside a quoted cell is written "")',
                );
          while (i < body.length && !isEnd(body, i) && body[i] !== ",") i++;
        }
      } else {
        while (i < body.length && !isEnd(body, i) && body[i] !== ",") value += body[i++];
        if (value.includes('"'))
          bad ??= at(
            line,
            cell,
            'has a quote mark in a cell that does not start with one (put the cell in quote marks and write the mark "")',
          );
      }
      cells.push(value);
      if (body[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (i < body.length) {
      const end: LineEnd = body.startsWith("\r\n", i) ? "CRLF" : body[i] === "\r" ? "CR" : "LF";
      ends.push({ line, end });
      i += end === "CRLF" ? 2 : 1;
      line++;
    }
    if (bad) issues.push(bad);
    else if (!(cells.length === 1 && cells[0] === "")) records.push({ line: start, cells });
  }

  function at(l: number, column: number, message: string): DataIssue {
    return { file, line: l, column, message: `cell ${column} ${message}` };
  }

  const endIssue = lineEndingIssue(file, ends);
  if (endIssue) return { table: { header: [], rows: [] }, issues: [endIssue] };
  const [head, ...rows] = records;
  if (!head) {
    if (!issues.length) issues.push({ file, line: 1, message: "is empty: expected a header line" });
    return { table: { header: [], rows: [] }, issues };
  }
  const delimiter = head.cells.length === 1 ? /[;\t|]/.exec(head.cells[0] as string)?.[0] : "";
  if (delimiter) {
    const name = delimiter === "\t" ? "tabs" : `'${delimiter}'`;
    // One line says it all: read with commas, every row of a file saved
    // with ';' (French Excel) also trips on its quote marks, and those
    // dozens of messages would only hide the cause.
    const issue = {
      file,
      line: 1,
      message: `separates its cells with ${name}, not commas: save it as CSV with ',' between cells`,
    };
    return { table: { header: [], rows: [] }, issues: [issue] };
  }
  return { table: { header: head.cells, rows }, issues };
}

function isEnd(s: string, i: number): boolean {
  return s[i] === "\n" || s[i] === "\r";
}
