import Papa from "papaparse";
import { TABLES, type TableName } from "../../schemas/index.ts";

type Row = Record<string, unknown>;

/**
 * A text cell a spreadsheet would run as a formula: one starting with =, +,
 * -, @, tab or CR. Papa's own pattern (/^[=+\-@\t\r].*$/) misses such a
 * cell when it spans several lines ('.' stops at a line break); this one
 * looks at the first character only.
 */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * The same for the Excel variant, whose numbers reach Papa as text ("-1,5"):
 * a cell that is exactly a negative decimal number is a number, not a
 * formula, and stays as it is.
 */
const EXCEL_FORMULA = /^(?!-\d+(?:,\d+)?$)[=+\-@\t\r]/;

/**
 * RFC 4180 CSV: CRLF line ends, UTF-8 without BOM, fields quoted only when
 * needed. Text cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) are prefixed with an apostrophe; numbers are not.
 */
export function toCsv(name: TableName, rows: readonly Row[]): string {
  const fields = TABLES[name].fields.map((f) => f.name);
  const data = rows.map((r) => fields.map((f) => r[f] ?? ""));
  return Papa.unparse({ fields, data }, { newline: "\r\n", escapeFormulae: FORMULA }) + "\r\n";
}

/**
 * The same table for French-locale Excel: a BOM so Excel reads UTF-8,
 * semicolons between cells and a decimal comma in numbers.
 */
export function toExcelCsv(name: TableName, rows: readonly Row[]): string {
  const spec = TABLES[name].fields;
  const fields = spec.map((f) => f.name);
  const data = rows.map((r) =>
    spec.map((f) => {
      const v = r[f.name] ?? "";
      return f.type === "number" && typeof v === "number" ? String(v).replace(".", ",") : v;
    }),
  );
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields, data },
      { newline: "\r\n", delimiter: ";", escapeFormulae: EXCEL_FORMULA },
    ) +
    "\r\n"
  );
}

/** The table as a JSON array of objects, keys in canonical column order. */
export function toJson(name: TableName, rows: readonly Row[]): string {
  const fields = TABLES[name].fields.map((f) => f.name);
  const ordered = rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? ""])));
  return JSON.stringify(ordered, null, 2) + "\n";
}
