/**
 * One-off migration of data/observations.csv to the 2.1.0 layout: adds the
 * columns `horizon` and `horizon_from`, empty, after `qualifier` (their
 * place in src/schemas/observations.ts), leaving every other byte as it
 * was. Idempotent: a file that has the columns is left alone. Re-run it
 * after merging branches that edit rows of the 2.0.0 layout:
 *
 *   node_modules/.bin/node scripts/add-observation-columns.ts [file]
 *
 * Works on the text line by line, since a row of observations.csv never
 * spans lines before `qualifier` (ids, codes, years and numbers only): the
 * two empty cells go after the eleventh comma of each record. Notes may
 * hold line breaks; a line that continues a quoted note is copied as is.
 */
import { readFileSync, writeFileSync } from "node:fs";

const AFTER = "qualifier";
const ADDED = ["horizon", "horizon_from"];

export function addColumns(text: string): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const header = (lines[0] ?? "").replace(/^\uFEFF/, "").split(",");
  if (ADDED.every((c) => header.includes(c))) return text;
  const at = header.indexOf(AFTER) + 1;
  if (at === 0) throw new Error(`no column ${AFTER} in the header`);
  let inQuote = false;
  const out = lines.map((line, i) => {
    const starts = !inQuote;
    // Track open quotes: a line with an odd number of " toggles the state.
    if ((line.match(/"/g) ?? []).length % 2 === 1) inQuote = !inQuote;
    if (!starts || (line === "" && i === lines.length - 1)) return line;
    let commas = 0;
    for (let p = 0; p < line.length; p++) {
      if (line[p] === '"') throw new Error(`line ${i + 1}: a quoted cell before ${AFTER}`);
      if (line[p] === "," && ++commas === at) {
        const cells = i === 0 ? ADDED.join(",") + "," : ",".repeat(ADDED.length);
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
