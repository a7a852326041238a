import { columnsOf, TABLE_NAMES, TABLES, type TableName } from "../../schemas/index.ts";
import { NETWORK } from "../../schemas/sites.ts";
import type { Dataset, Observation, TimelineEvent } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { parsePartialDate } from "../../schemas/partial-date.ts";
import { numbersInQuote } from "./quote-numbers.ts";
import { decodeUtf8, parseCsv } from "./read-csv.ts";

/** One table's bytes and the path to show in messages. */
export interface TableInput {
  file: string;
  bytes: Uint8Array;
}

/** A validated row with where it came from, for cross-table messages. */
interface Located<T = Record<string, unknown>> {
  row: T;
  line: number;
  header: string[];
}

type Tables = Record<TableName, Located[]>;

/**
 * Ids present in each table, including rows that failed validation, so one
 * bad row does not also make every reference to it "unknown". `undefined`
 * for a table that could not be read at all: references to it are not
 * checked, since its own error already says what is wrong.
 */
type KnownIds = Partial<Record<TableName, Set<string>>>;

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
  const known: KnownIds = {};
  for (const name of TABLE_NAMES) tables[name] = validateTable(name, inputs[name], issues, known);
  checkReferences(tables, known, inputs, issues);
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

function validateTable(
  name: TableName,
  input: TableInput,
  issues: DataIssue[],
  known: KnownIds,
): Located[] {
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
    const parsed = spec.row.safeParse(record);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const col = String(zi.path[0] ?? "");
        issues.push(cellIssue(file, line, header, col, `${quoteCell(record[col])}${zi.message}`));
      }
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
    located.push({ row: parsed.data, line, header });
  }
  return located;
}

function quoteCell(value: unknown): string {
  return value === "" || value === undefined ? "" : `"${String(value)}" `;
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
  known: KnownIds,
  inputs: Record<TableName, TableInput>,
  issues: DataIssue[],
): void {
  const sites = new Map(tables.sites.map((l) => [String(l.row.id), Number(l.row.opened)]));
  const metrics = new Map(tables.metrics.map((l) => [String(l.row.id), String(l.row.unit)]));
  const knows = (table: TableName, id: string) => known[table]?.has(id) ?? true;
  const isSite = (site: string) => site === NETWORK || knows("sites", site);

  const check = (table: TableName, l: Located, column: string, ok: boolean, message: string) => {
    if (!ok) issues.push(cellIssue(inputs[table].file, l.line, l.header, column, message));
  };

  for (const l of tables.observations as Located<Observation>[]) {
    const o = l.row;
    const at = (column: string, ok: boolean, message: string) =>
      check("observations", l, column, ok, message);
    at("metric", knows("metrics", o.metric), `unknown metric '${o.metric}'`);
    at("site", isSite(o.site), `unknown site '${o.site}'`);
    at("source", knows("sources", o.source), `unknown source '${o.source}'`);
    const metricUnit = metrics.get(o.metric);
    at(
      "unit",
      metricUnit === undefined || metricUnit === o.unit,
      `unit '${o.unit}' differs from metric ${o.metric}'s unit '${metricUnit}'`,
    );
    const opened = sites.get(o.site);
    at(
      "year",
      opened === undefined || o.year >= opened,
      `${o.year} is before ${o.site} opened (${opened})`,
    );
    at(
      "value",
      o.unit !== "percent" || (o.value >= 0 && o.value <= 100),
      `${o.value} is not a percentage between 0 and 100`,
    );
    at(
      "quote",
      numbersInQuote(o.quote).includes(o.value),
      `quote does not state the value ${o.value}`,
    );
  }

  for (const l of tables.events as Located<TimelineEvent>[]) {
    const e = l.row;
    const at = (column: string, ok: boolean, message: string) =>
      check("events", l, column, ok, message);
    at("site", isSite(e.site), `unknown site '${e.site}'`);
    at("source", knows("sources", e.source), `unknown source '${e.source}'`);
    if (e.kind !== "opening") continue;
    at("site", e.site !== NETWORK, "an opening must name the site that opened");
    const opened = sites.get(e.site);
    const start = parsePartialDate(e.date).value?.start.year;
    at(
      "date",
      opened === undefined || start === opened,
      `opening dated ${e.date} but sites.csv says ${e.site} opened in ${opened}`,
    );
  }
}
