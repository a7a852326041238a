import { columnsOf, TABLE_NAMES, TABLES, type TableName } from "../schemas/index.ts";
import { NETWORK } from "../schemas/sites.ts";
import type { Dataset } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { parsePartialDate } from "./partial-date.ts";
import { numbersInQuote } from "./quote-numbers.ts";
import { decodeUtf8, parseCsv } from "./read-csv.ts";

/** One table's bytes and the path to show in messages. */
export interface TableInput {
  file: string;
  bytes: Uint8Array;
}

/** A validated row with where it came from, for cross-table messages. */
interface Located {
  row: Record<string, unknown>;
  line: number;
  header: string[];
}

type Tables = Record<TableName, Located[]>;

/**
 * Validates every table and the references between them, collecting every
 * problem rather than stopping at the first. Returns the dataset only when
 * there is no problem at all.
 */
export function validateDataset(inputs: Record<TableName, TableInput>): {
  dataset?: Dataset;
  issues: DataIssue[];
} {
  const issues: DataIssue[] = [];
  const tables = {} as Tables;
  for (const name of TABLE_NAMES) tables[name] = validateTable(name, inputs[name], issues);
  checkReferences(tables, inputs, issues);
  if (issues.length > 0) return { issues };
  const rows = (name: TableName) => tables[name].map((l) => l.row);
  return {
    issues,
    dataset: {
      sources: rows("sources"),
      sites: rows("sites"),
      metrics: rows("metrics"),
      observations: rows("observations"),
      events: rows("events"),
    } as unknown as Dataset,
  };
}

function validateTable(name: TableName, input: TableInput, issues: DataIssue[]): Located[] {
  const spec = TABLES[name];
  const columns = columnsOf(name);
  const { file } = input;
  const decoded = decodeUtf8(file, input.bytes);
  if (decoded.issue || decoded.text === undefined) {
    if (decoded.issue) issues.push(decoded.issue);
    return [];
  }
  const { table, issues: csvIssues } = parseCsv(file, decoded.text);
  issues.push(...csvIssues);
  const header = table.header;
  const missing = columns.filter((c) => !header.includes(c));
  const unexpected = header.filter((c) => !columns.includes(c));
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  if (header.length > 0 && (missing.length || unexpected.length || repeated.length)) {
    const parts = [
      missing.length ? `missing ${missing.map((c) => `'${c}'`).join(", ")}` : "",
      unexpected.length ? `unexpected ${unexpected.map((c) => `'${c}'`).join(", ")}` : "",
      repeated.length ? `repeated ${repeated.map((c) => `'${c}'`).join(", ")}` : "",
    ].filter(Boolean);
    issues.push({
      file,
      line: 1,
      message: `wrong header: ${parts.join("; ")} (expected ${columns.join(",")})`,
    });
    return [];
  }
  const located: Located[] = [];
  const seenIds = new Map<string, number>();
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
    const parsed = spec.row.safeParse(record);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const col = String(zi.path[0] ?? "");
        issues.push(cellIssue(file, line, header, col, `${quoteCell(record[col])} ${zi.message}`));
      }
      continue;
    }
    const rowId = String(record.id);
    const first = seenIds.get(rowId);
    if (first !== undefined) {
      issues.push(cellIssue(file, line, header, "id", `duplicate id '${rowId}' (first on line ${first})`));
      continue;
    }
    seenIds.set(rowId, line);
    located.push({ row: parsed.data, line, header });
  }
  return located;
}

function quoteCell(value: unknown): string {
  return value === "" ? "value" : `"${String(value)}"`;
}

function cellIssue(
  file: string,
  line: number,
  header: string[],
  columnName: string,
  message: string,
): DataIssue {
  const index = header.indexOf(columnName);
  return index === -1
    ? { file, line, message }
    : { file, line, column: index + 1, columnName, message };
}

function checkReferences(
  tables: Tables,
  inputs: Record<TableName, TableInput>,
  issues: DataIssue[],
): void {
  const ids = (name: TableName) => new Set(tables[name].map((l) => String(l.row.id)));
  const sources = ids("sources");
  const sites = new Map(tables.sites.map((l) => [String(l.row.id), Number(l.row.opened)]));
  const metrics = new Map(tables.metrics.map((l) => [String(l.row.id), String(l.row.unit)]));

  const refer = (table: TableName, l: Located, column: string, known: boolean, what: string) => {
    if (!known)
      issues.push(
        cellIssue(inputs[table].file, l.line, l.header, column, `unknown ${what} '${String(l.row[column])}'`),
      );
  };

  for (const l of tables.observations) {
    const { metric, site, source, unit, value, year, quote } = l.row as Record<string, never>;
    const file = inputs.observations.file;
    refer("observations", l, "metric", metrics.has(metric), "metric");
    refer("observations", l, "site", site === NETWORK || sites.has(site), "site");
    refer("observations", l, "source", sources.has(source), "source");
    const metricUnit = metrics.get(metric);
    if (metricUnit !== undefined && metricUnit !== unit)
      issues.push(cellIssue(file, l.line, l.header, "unit", `unit '${unit}' differs from metric ${metric}'s unit '${metricUnit}'`));
    const opened = sites.get(site);
    if (opened !== undefined && Number(year) < opened)
      issues.push(cellIssue(file, l.line, l.header, "year", `${year} is before ${site} opened (${opened})`));
    if (unit === "percent" && (Number(value) < 0 || Number(value) > 100))
      issues.push(cellIssue(file, l.line, l.header, "value", `${value} is not a percentage between 0 and 100`));
    if (!numbersInQuote(quote).includes(Number(value)))
      issues.push(cellIssue(file, l.line, l.header, "quote", `quote does not state the value ${value}`));
  }

  for (const l of tables.events) {
    const { site, source, kind, date } = l.row as Record<string, never>;
    const file = inputs.events.file;
    refer("events", l, "site", site === NETWORK || sites.has(site), "site");
    refer("events", l, "source", sources.has(source), "source");
    if (kind !== "opening") continue;
    const opened = sites.get(site);
    const start = parsePartialDate(date).value?.start.year;
    if (site === NETWORK)
      issues.push(cellIssue(file, l.line, l.header, "site", "an opening must name the site that opened"));
    else if (opened !== undefined && start !== opened)
      issues.push(cellIssue(file, l.line, l.header, "date", `opening dated ${date} but sites.csv says ${site} opened in ${opened}`));
  }
}
