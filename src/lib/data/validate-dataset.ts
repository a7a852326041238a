import {
  columnsOf,
  LAYOUT_CURRENT,
  specOf,
  TABLE_NAMES,
  type Layout,
  type TableName,
} from "../../schemas/index.ts";
import type { Dataset } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import {
  cellIssue,
  checkReferences,
  type KnownIds,
  type Located,
  type Tables,
} from "./check-references.ts";
import { decodeUtf8, parseCsv } from "./read-csv.ts";
import { upgradeRow } from "./layouts.ts";
import type { RuleSet } from "./rule-set.ts";
import { characterProblem, codePoint, showInvisibles } from "./text-rules.ts";

/** One table's bytes and the path to show in messages. */
export interface TableInput {
  file: string;
  bytes: Uint8Array;
}

export interface ValidateOptions {
  /** Which rules apply: see rule-set.ts. Default "data". */
  rules?: RuleSet;
  /** Day of the release being cut (YYYY-MM-DD): no source may be dated after it. */
  releaseDate?: string;
  /** Today (YYYY-MM-DD): no source may be dated after it. Default: the clock's day (UTC). */
  today?: string;
  /**
   * The tables and columns of the files (schemas/index.ts): a published
   * release is read by the layout of its version, and its rows lifted into
   * the current model. Default: the current layout.
   */
  layout?: Layout;
  /**
   * The published releases by version, when they are at hand (the release
   * tool, npm run validate): each correction's row is then checked against
   * the release it was published in.
   */
  published?: (version: string) => Dataset | undefined;
}

/**
 * Validates every table and the references between them, collecting every
 * problem rather than stopping at the first. Returns the dataset only when
 * there is no problem at all.
 */
export function validateDataset(
  inputs: Partial<Record<TableName, TableInput>>,
  options: ValidateOptions = {},
): {
  dataset?: Dataset;
  issues: DataIssue[];
  /** Problems that block a release but not a build of data/ (rules "data" only). */
  warnings: DataIssue[];
} {
  const rules = options.rules ?? "data";
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const layout = options.layout ?? LAYOUT_CURRENT;
  const tables = {} as Tables;
  const known: KnownIds = {};
  const files = {} as Record<TableName, { file: string }>;
  for (const name of TABLE_NAMES) {
    const input = layout.tables.includes(name) ? inputs[name] : undefined;
    files[name] = { file: input?.file ?? `${name}.csv` };
    if (input) tables[name] = validateTable(layout, name, input, issues, known);
    else if (layout.tables.includes(name)) {
      issues.push({ file: files[name].file, message: "is missing" });
      tables[name] = [];
    } else {
      // A table the layout lacks (corrections, before 2.0.0): no rows, none referenced.
      tables[name] = [];
      known[name] = new Set();
    }
  }
  checkReferences(tables, known, files, {
    issues,
    warnings,
    rules,
    ...(options.releaseDate ? { releaseDate: options.releaseDate } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(options.published ? { published: options.published } : {}),
  });
  if (issues.length > 0) return { issues, warnings };
  const rows = (name: TableName) => tables[name].map((l) => l.row);
  return {
    issues,
    warnings,
    dataset: {
      sources: rows("sources"),
      sites: rows("sites"),
      metrics: rows("metrics"),
      observations: rows("observations"),
      events: rows("events"),
      places: rows("places"),
      corrections: rows("corrections"),
    } as unknown as Dataset,
  };
}

function validateTable(
  layout: Layout,
  name: TableName,
  input: TableInput,
  issues: DataIssue[],
  known: KnownIds,
): Located[] {
  const spec = specOf(layout, name);
  const columns = columnsOf(name, layout);
  const { file } = input;
  const decoded = decodeUtf8(file, input.bytes);
  if (decoded.issue || decoded.text === undefined) {
    if (decoded.issue) issues.push(decoded.issue);
    return [];
  }
  const { table, issues: csvIssues } = parseCsv(file, decoded.text);
  const header = table.header;
  for (const i of csvIssues) {
    const name = i.column === undefined ? undefined : header[i.column - 1];
    if (name !== undefined && i.line !== undefined && i.line > 1) i.columnName = name;
  }
  issues.push(...csvIssues);
  // No header: the file could not be read (its problem is reported), so
  // references to this table are not checked either (`known` stays unset).
  if (header.length === 0) return [];
  const headerProblem = checkHeader(header, columns);
  if (headerProblem) {
    issues.push({ file, line: 1, message: headerProblem });
    return [];
  }
  if (table.rows.length === 0 && !csvIssues.length && !spec.mayBeEmpty) {
    issues.push({
      file,
      line: 1,
      message: "has a header but no rows: a table of the dataset is never empty",
    });
    return [];
  }
  const located: Located[] = [];
  const seenIds = new Map<string, number>();
  const idIndex = header.indexOf("id");
  known[name] = new Set(table.rows.map((r) => r.cells[idIndex] ?? ""));
  for (const { line, cells } of table.rows) {
    if (cells.length !== header.length) {
      issues.push({
        file,
        line,
        message: `has ${cells.length} cells but the header has ${header.length}`,
      });
      continue;
    }
    const record = Object.fromEntries(header.map((c, i) => [c, cells[i] ?? ""]));
    // Characters first, in every column (ids and addresses too): a cell
    // holding U+202E is told that, not also that it is not a valid id.
    const rowStart = issues.length;
    const badChars = new Set<string>();
    header.forEach((col, i) => {
      const problem = characterProblem(cells[i] ?? "");
      if (!problem) return;
      badChars.add(col);
      issues.push(cellIssue(file, line, header, col, `${quoteCell(cells[i])}${problem}`));
    });
    const parsed = spec.row.safeParse(record);
    if (!parsed.success || badChars.size) {
      for (const zi of parsed.error?.issues ?? []) {
        const col = String(zi.path[0] ?? "");
        if (badChars.has(col)) continue;
        issues.push(cellIssue(file, line, header, col, `${quoteCell(record[col])}${zi.message}`));
      }
      sortRowIssues(issues, rowStart);
      continue;
    }
    const rowId = String(record.id);
    const first = seenIds.get(rowId);
    if (first !== undefined) {
      issues.push(
        cellIssue(file, line, header, "id", `duplicate id '${rowId}' (first on line ${first})`),
      );
      continue;
    }
    seenIds.set(rowId, line);
    located.push({ row: upgradeRow(layout, name, parsed.data), line, header });
  }
  return located;
}

/**
 * The cell as shown in a message: invisible and control characters written
 * as code points (a bidi control echoed to a terminal would reorder the
 * message itself), and a long cell cut short.
 */
function quoteCell(value: unknown): string {
  if (value === "" || value === undefined) return "";
  let text = showInvisibles(String(value)).replace(/[\n\r]/g, (c) => `<${codePoint(c)}>`);
  if (text.length > 80) text = `${text.slice(0, 77)}…`;
  return `"${text}" `;
}

/** The problems of one row (from `start` on) in the order of its columns, however they were found. */
function sortRowIssues(issues: DataIssue[], start: number): void {
  const row = issues.splice(start).sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
  issues.push(...row);
}

/**
 * What is wrong with a header, or undefined. The columns must be exactly the
 * canonical ones in the canonical order: a header with label_fr and label_en
 * swapped would otherwise load French labels as English ones, silently.
 */
function checkHeader(header: string[], columns: string[]): string | undefined {
  const missing = columns.filter((c) => !header.includes(c));
  const unexpected = header.filter((c) => !columns.includes(c));
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  const expected = `(expected ${columns.join(",")})`;
  if (missing.length || unexpected.length || repeated.length) {
    const parts = [
      missing.length ? `missing ${missing.map((c) => `'${c}'`).join(", ")}` : "",
      unexpected.length ? `unexpected ${unexpected.map((c) => `'${c}'`).join(", ")}` : "",
      repeated.length ? `repeated ${repeated.map((c) => `'${c}'`).join(", ")}` : "",
    ].filter(Boolean);
    return `wrong header: ${parts.join("; ")} ${expected}`;
  }
  const at = header.findIndex((c, i) => c !== columns[i]);
  if (at !== -1)
    return `wrong header: column ${at + 1} is '${header[at]}' where '${columns[at]}' belongs; the columns must be in this order, so that swapped names cannot pass ${expected}`;
  return undefined;
}
