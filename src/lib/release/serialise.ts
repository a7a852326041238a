import Papa from "papaparse";
import { LAYOUT_CURRENT, specOf, type Layout, type TableName } from "../../schemas/index.ts";
import { plainNumberText } from "../../schemas/number-text.ts";
import { downgradeRow } from "../data/layouts.ts";

type Row = Record<string, unknown>;

/** Rows of the current model as `layout` writes them (a 1.x release rebuilt from its tables). */
const inLayout = (layout: Layout, name: TableName, rows: readonly Row[]) =>
  rows.map((r) => downgradeRow(layout, name, r));

/**
 * A cell as text: numbers in plain decimal notation, never with an exponent
 * (String(1e-7) is "1e-7", which the loader refuses), and never Infinity or
 * NaN (plainNumberText throws: such a value must not reach a release).
 */
function cellText(v: unknown): unknown {
  return typeof v === "number" ? plainNumberText(v) : (v ?? "");
}

/**
 * RFC 4180 CSV: CRLF line ends, UTF-8 without BOM, fields quoted only when
 * needed, and every text exactly as in the data. It is the file programs
 * read (the site is built from it, and a release's JSON must agree with it
 * field for field), so it does not neutralise formulas: data/ refuses text
 * that starts with =, + or @, and the Excel variant below is the one meant
 * for spreadsheets.
 */
export function toCsv(name: TableName, rows: readonly Row[], layout = LAYOUT_CURRENT): string {
  const fields = specOf(layout, name).fields.map((f) => f.name);
  const data = inLayout(layout, name, rows).map((r) => fields.map((f) => cellText(r[f])));
  return Papa.unparse({ fields, data }, { newline: "\r\n", escapeFormulae: false }) + "\r\n";
}

/**
 * A text cell a spreadsheet would run as a formula: one starting with =, +,
 * -, @, tab or CR. Papa's own pattern (/^[=+\-@\t\r].*$/) misses such a cell
 * when it spans several lines ('.' stops at a line break); this one looks at
 * the first character only. A cell that is exactly a negative decimal number
 * ("-1,5": numbers reach Papa as text here) is a number, not a formula.
 */
const EXCEL_FORMULA = /^(?!-\d+(?:,\d+)?$)[=+\-@\t\r]/;

/**
 * The same table for French-locale Excel: a BOM so Excel reads UTF-8,
 * semicolons between cells, a decimal comma in numbers, and text cells that
 * Excel would run as a formula prefixed with an apostrophe. For people
 * opening the file in Excel only: programs read the standard CSV or JSON.
 */
export function toExcelCsv(name: TableName, rows: readonly Row[], layout = LAYOUT_CURRENT): string {
  const spec = specOf(layout, name).fields;
  const fields = spec.map((f) => f.name);
  const data = inLayout(layout, name, rows).map((r) =>
    spec.map((f) => {
      const v = cellText(r[f.name]);
      return f.type === "number" && typeof r[f.name] === "number" ? String(v).replace(".", ",") : v;
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

/**
 * The table as a JSON array of objects, keys in canonical column order.
 * Refuses a number JSON cannot carry (Infinity and NaN become null). An
 * empty text is "", an absent number (a figure that is not a period has no
 * period_start) is null: a number column never holds a string.
 */
export function toJson(name: TableName, rows: readonly Row[], layout = LAYOUT_CURRENT): string {
  const fields = specOf(layout, name).fields;
  const ordered = inLayout(layout, name, rows).map((r) =>
    Object.fromEntries(
      fields.map(({ name: f, type }) => {
        const v = r[f];
        if (typeof v === "number" && !Number.isFinite(v))
          throw new Error(`toJson: ${name}.${f} is ${v}, which JSON cannot carry`);
        return [f, v ?? (type === "string" ? "" : null)];
      }),
    ),
  );
  return JSON.stringify(ordered, null, 2) + "\n";
}
