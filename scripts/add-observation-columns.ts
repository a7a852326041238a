/**
 * One-off migration of data/observations.csv to the 2.1.0 layout: adds the
 * column `value_high` after `value`, and `horizon` and `horizon_from` after
 * `qualifier`, empty (their places in src/schemas/observations.ts), leaving
 * every other byte as it was. Idempotent: columns the file has are left
 * alone, so a file with the horizons only gains value_high. Re-run it after
 * merging branches that edit rows of an older layout:
 *
 *   node_modules/.bin/node scripts/add-observation-columns.ts [file]
 *
 * Works on the text line by line, since a row of observations.csv never
 * spans lines before `qualifier` (ids, codes, years and numbers only): the
 * empty cells go after the comma that ends the column they follow. Notes
 * may hold line breaks; a line that continues a quoted note is copied as
 * is.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** Each group of new columns, with the column it follows, in file order. */
const ADDED: { after: string; columns: string[] }[] = [
  { after: "value", columns: ["value_high"] },
  { after: "qualifier", columns: ["horizon", "horizon_from"] },
];

export function addColumns(text: string): string {
  return ADDED.reduce((t, { after, columns }) => insertColumns(t, after, columns), text);
}

function insertColumns(text: string, after: string, added: string[]): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const header = (lines[0] ?? "").replace(/^\uFEFF/, "").split(",");
  if (added.every((c) => header.includes(c))) return text;
  const at = header.indexOf(after) + 1;
  if (at === 0) throw new Error(`no column ${after} in the header`);
  let inQuote = false;
  const out = lines.map((line, i) => {
    const starts = !inQuote;
    // Track open quotes: a line with an odd number of " toggles the state.
    if ((line.match(/"/g) ?? []).length % 2 === 1) inQuote = !inQuote;
    if (!starts || (line === "" && i === lines.length - 1)) return line;
    let commas = 0;
    for (let p = 0; p < line.length; p++) {
      if (line[p] === '"') throw new Error(`line ${i + 1}: a quoted cell before ${after}`);
      if (line[p] === "," && ++commas === at) {
        const cells = i === 0 ? added.join(",") + "," : ",".repeat(added.length);
        return line.slice(0, p + 1) + cells + line.slice(p + 1);
      }
    }
    throw new Error(`line ${i + 1}: fewer than ${at} cells`);
  });
  return out.join(eol);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? "data/observations.csv";
  writeFileSync(file, addColumns(readFileSync(file, "utf8")));
}
