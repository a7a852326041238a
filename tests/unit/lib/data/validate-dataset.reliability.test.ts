import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { validateDataset } from "../../../../src/lib/data/validate-dataset.ts";
import type { TableName } from "../../../../src/schemas/index.ts";
import { dataInputs } from "../../../helpers/data-fixture.ts";

// Issue 22: what a careless or hostile editor could file and the validator
// accepted. Each class is one fault added to data/, refused with its file,
// line, column and one plain sentence.

const TODAY = "2026-12-07";

/** Every formatted problem found with the given edits, under the rules of data/. */
function problems(edits: Parameters<typeof dataInputs>[0]): string[] {
  // corrections.csv holds data/ to each correction's `after`: editing a
  // corrected cell also makes that correction disagree, which is not the
  // class under test here (tests/unit/lib/data/check-corrections.test.ts).
  return validateDataset(dataInputs(edits), { today: TODAY })
    .issues.map(formatIssue)
    .filter((m) => !/^data\/corrections\.csv:\d+:\d+ \(column (after|row_id)\): .* in the data\b/.test(m));
}

const text = (table: TableName) => readFileSync(`data/${table}.csv`, "utf8");

/** 1-based line of the row with this id (rows of data/ are one line each). */
function lineOfId(table: TableName, id: string): number {
  const i = text(table)
    .split("\n")
    .findIndex((l) => l.startsWith(`${id},`));
  if (i === -1) throw new Error(`fixture: no row '${id}' in ${table}.csv`);
  return i + 1;
}

/** The cells of a row, by column name. */
function cellsOf(table: TableName, id: string): Record<string, string> {
  const lines = text(table).split("\n");
  const header = Papa.parse<string[]>(lines[0] as string).data[0] as string[];
  const cells = Papa.parse<string[]>(lines[lineOfId(table, id) - 1] as string).data[0] as string[];
  if (cells.length !== header.length) throw new Error(`fixture: row '${id}' spans lines`);
  return Object.fromEntries(header.map((c, i) => [c, cells[i] as string]));
}

const csvLine = (cells: Record<string, string>) => Papa.unparse([Object.values(cells)]);

/** An edit of table `table` that sets some cells of row `id`. */
function setCells(table: TableName, id: string, changes: Record<string, string>) {
  const line = lineOfId(table, id);
  const row = csvLine({ ...cellsOf(table, id), ...changes });
  return {
    [table]: (csv: string) => {
      const lines = csv.split("\n");
      lines[line - 1] = row;
      return lines.join("\n");
    },
  };
}

/** An edit that adds a copy of row `id`, with some cells changed, at the end of its table. */
function addCopy(table: TableName, id: string, changes: Record<string, string>) {
  const row = csvLine({ ...cellsOf(table, id), ...changes });
  return { [table]: (csv: string) => `${csv.trimEnd()}\n${row}\n` };
}

const endLine = (table: TableName) => text(table).trimEnd().split("\n").length + 1;

const LESOIR = "lesoir-10ans.companies_hosted.casablanca.2011";
const lesoir = lineOfId("observations", LESOIR);
const MADEIN = "madeincity-10ans.companies_hosted.casablanca.2011";
const madein = lineOfId("observations", MADEIN);
const SHARE = "madeincity-10ans.ict_market_share_pct.casablanca.2011";
const share = lineOfId("observations", SHARE);
const OBS = "data/observations.csv";

describe("bounds filed as exact", () => {
  it.each([
    ["au plus 170 entreprises présentes", "au plus", "at_most"],
    ["au maximum 170 entreprises présentes", "au maximum", "at_most"],
    ["plus\u00A0de 170 entreprises présentes", "plus de", "more_than"],
    ["plus de\u202F170 entreprises présentes", "plus de", "more_than"],
  ])("refuses exact on «%s»", (quote, phrase, qualifier) => {
    expect(problems(setCells("observations", LESOIR, { quote }))).toEqual([
      `${OBS}:${lesoir}:12 (column qualifier): 'exact' disagrees with the quote: "${phrase}" before 170 means ${qualifier}`,
    ]);
  });
});

describe("periods", () => {
  it("refuses a period that starts before the park opened", () => {
    expect(problems(setCells("observations", SHARE, { period_start: "1999" }))).toEqual([
      `${OBS}:${share}:6 (column period_start): the period starts in 1999, before casablanca opened (2001-10)`,
    ]);
  });

  it("refuses a period on a stock metric", () => {
    expect(problems(setCells("observations", LESOIR, { period_start: "2005" }))).toEqual([
      `${OBS}:${lesoir}:6 (column period_start): companies_hosted is a stock, counted at one date: a figure over a period belongs to an annual, share or cumulative metric (leave period_start empty)`,
    ]);
  });
});

describe("alternative years", () => {
  it("refuses 1850, before the park opened", () => {
    expect(problems(setCells("observations", MADEIN, { year_alternatives: "1850" }))).toEqual([
      `${OBS}:${madein}:8 (column year_alternatives): 1850 is before casablanca opened (2001-10): the figure cannot describe it`,
    ]);
  });

  it("lets a capacity's other year come before the park opened, as its year may", () => {
    // Challenge's undated page (2020 or 2021) gives Agadir's planned capacity.
    const id = "challenge-agadir-2021.capacity_companies.agadir.2021";
    expect(cellsOf("observations", id).year_alternatives).toBe("2020");
    expect(problems(setCells("observations", id, { year_alternatives: "2019" }))).toEqual([]);
    const stock = setCells("observations", id, {
      metric: "companies_hosted",
      id: "challenge-agadir-2021.companies_hosted.agadir.2021",
    });
    expect(problems(stock)).toContain(
      `${OBS}:${lineOfId("observations", id)}:8 (column year_alternatives): 2020 is before agadir opened (2021): the figure cannot describe it`,
    );
  });

  it("refuses a year after the source was published", () => {
    expect(
      problems(setCells("observations", MADEIN, { year_alternatives: "2012;2013" })),
    ).toEqual([
      `${OBS}:${madein}:8 (column year_alternatives): 2013 is after source madeincity-10ans was published (2011/2012): the figure cannot describe it`,
    ]);
  });

  it("refuses a year before the period's start", () => {
    expect(
      problems(
        setCells("observations", SHARE, { period_start: "2005", year_alternatives: "2003" }),
      ),
    ).toEqual([
      `${OBS}:${share}:8 (column year_alternatives): 2003 is before the period's start (2005): the figure's last year cannot come before its first`,
    ]);
  });
});

describe("dates after their source", () => {
  it("refuses an event dated after its own source", () => {
    const id = "souss-gitex-2024.event.casablanca";
    expect(problems(setCells("events", id, { date: "2025" }))).toEqual([
      `data/events.csv:${lineOfId("events", id)}:2 (column date): 2025 is after source souss-gitex-2024 was published (2024-05): a source reports what happened before it`,
    ]);
  });

  it("refuses an opening dated after its own source", () => {
    const id = "medias24-oujda-2021.opening.agadir";
    const edits = {
      ...setCells("events", id, { date: "2021-11" }),
      ...setCells("sites", "agadir", { opened: "2021-11" }),
    };
    expect(problems(edits)).toEqual([
      `data/events.csv:${lineOfId("events", id)}:2 (column date): 2021-11 is after source medias24-oujda-2021 was published (2021-10-28): a source reports what happened before it`,
    ]);
  });

  it("refuses a source published in the future", () => {
    expect(problems(setCells("sources", "h24info-2016", { published: "2099" }))).toEqual([
      `data/sources.csv:${lineOfId("sources", "h24info-2016")}:5 (column published): published 2099, after today (${TODAY}): a source is dated when it appeared`,
    ]);
  });
});

describe("texts for readers", () => {
  const EVENT = "souss-gitex-2024.event.casablanca";
  const event = lineOfId("events", EVENT);

  it("refuses a label in Latin script in an Arabic column", () => {
    const { label_en } = cellsOf("events", EVENT);
    expect(problems(setCells("events", EVENT, { label_ar: label_en as string }))).toEqual([
      `data/events.csv:${event}:8 (column label_ar): is mainly in Latin script (it reads as English): an Arabic column is written in Arabic, with French titles and quotes in « »`,
    ]);
  });

  it("refuses an English reason_ar", () => {
    const { reason_en } = cellsOf("corrections", "a1-1");
    expect(problems(setCells("corrections", "a1-1", { reason_ar: reason_en as string }))).toEqual([
      `data/corrections.csv:${lineOfId("corrections", "a1-1")}:10 (column reason_ar): is mainly in Latin script (it reads as English): an Arabic column is written in Arabic, with French titles and quotes in « »`,
    ]);
  });

  it("refuses an English note_fr", () => {
    const { note_en } = cellsOf("observations", LESOIR);
    expect(problems(setCells("observations", LESOIR, { note_fr: note_en as string }))).toEqual([
      `${OBS}:${lesoir}:17 (column note_fr): reads as English: a French column is written in French`,
    ]);
  });

  it("refuses a note missing in one language: French readers would get nothing", () => {
    expect(problems(setCells("observations", LESOIR, { note_fr: "" }))).toEqual([
      `${OBS}:${lesoir}:17 (column note_fr): is empty while note_en is not: French readers would not get the note; write it in French too, or leave all three empty`,
    ]);
  });

  it("refuses a placeholder note", () => {
    expect(problems(setCells("observations", LESOIR, { note_ar: "TODO" }))).toEqual([
      `${OBS}:${lesoir}:19 (column note_ar): holds the placeholder "TODO": write the text, or leave the cell empty`,
    ]);
  });

  it("refuses internal ids in notes: a source id, a figure's id", () => {
    const note_en = "Reported the same day by lesoir-10ans.";
    const note_fr = "Même chiffre que x.companies_hosted.casablanca.2011, un an après.";
    expect(problems(setCells("observations", LESOIR, { note_en, note_fr }))).toEqual([
      `${OBS}:${lesoir}:17 (column note_fr): names the internal id 'x.companies_hosted.casablanca.2011', which readers do not know: name the publisher and title, or the figure, in words`,
      `${OBS}:${lesoir}:18 (column note_en): names the internal id 'lesoir-10ans', which readers do not know: name the publisher and title, or the figure, in words`,
    ]);
  });
});

describe("characters", () => {
  const h24 = lineOfId("sources", "h24info-2016");

  it("refuses U+202E in a source's address", () => {
    expect(
      problems(setCells("sources", "h24info-2016", { url: "http://www.h24info.ma/\u202Egpj.exe" })),
    ).toEqual([
      `data/sources.csv:${h24}:7 (column url): "http://www.h24info.ma/<U+202E>gpj.exe" contains the invisible bidi control U+202E, which reorders what readers see: remove it`,
    ]);
  });

  it('refuses an address holding "><script>', () => {
    const url = 'http://www.h24info.ma/"><script>alert(1)</script>';
    expect(problems(setCells("sources", "h24info-2016", { url }))).toEqual([
      `data/sources.csv:${h24}:7 (column url): "${url}" holds ", which a web address never carries as it is: write it percent-encoded, or check the address`,
    ]);
  });

  it.each([
    ["note_en", 18, "\uFFFF", "contains U+FFFF, which is not a character (a broken conversion?): remove it"],
    ["note_en", 18, "\uFFFE", "contains U+FFFE, which is not a character (a broken conversion?): remove it"],
    ["quote", 16, "\u200B", "contains the invisible character U+200B, which readers cannot see and searches do not match: remove it"],
    ["quote", 16, "\uFEFF", "contains the invisible character U+FEFF, which readers cannot see and searches do not match: remove it"],
  ])("refuses %s holding an invisible or non-character (%#)", (column, at, char, message) => {
    const cells = cellsOf("observations", LESOIR);
    const value = `${(cells[column] as string).slice(0, 10)}${char}${(cells[column] as string).slice(10)}`;
    const shown = `${value.slice(0, 10)}<U+${(char.codePointAt(0) as number).toString(16).toUpperCase()}>${value.slice(11)}`;
    const quoted = shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
    expect(problems(setCells("observations", LESOIR, { [column]: value }))).toEqual([
      `${OBS}:${lesoir}:${at} (column ${column}): "${quoted}" ${message}`,
    ]);
  });
});

describe("a row's problems", () => {
  it("come in the order of its columns, characters and forms alike", () => {
    const id = "souss-gitex-2024.event.casablanca";
    const { label_fr } = cellsOf("events", id);
    const edits = setCells("events", id, { date: "15/06/2016", label_fr: `${label_fr}\u200B` });
    const line = lineOfId("events", id);
    expect(problems(edits)).toEqual([
      `data/events.csv:${line}:2 (column date): "15/06/2016" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (or an interval A/B of them)`,
      `data/events.csv:${line}:6 (column label_fr): "${label_fr}<U+200B>" contains the invisible character U+200B, which readers cannot see and searches do not match: remove it`,
    ]);
  });
});

describe("quotes", () => {
  it("refuses a quote of 5,000 characters in data/, not only when releasing", () => {
    const quote = `Les 170 entreprises présentes ${"a".repeat(5000)}`;
    expect(problems(setCells("observations", LESOIR, { quote }))).toEqual([
      `${OBS}:${lesoir}:16 (column quote): quote has 5030 characters: keep the shortest fragment that carries it (at most 200 characters)`,
    ]);
  });

  it("refuses a quote of more than twelve words in data/", () => {
    const quote = `Les 170 entreprises présentes${" dans le parc".repeat(4)}`;
    expect(problems(setCells("observations", LESOIR, { quote }))).toEqual([
      `${OBS}:${lesoir}:16 (column quote): quote has 16 words: keep the shortest fragment that carries it (at most 12 words)`,
    ]);
  });
});

describe("ids and duplicates", () => {
  it("refuses the same metric, site, year and source twice with another value", () => {
    const edits = addCopy("observations", LESOIR, {
      id: `${LESOIR}b`,
      value: "171",
      quote: "Les 171 entreprises présentes",
    });
    expect(problems(edits)).toEqual([
      `${OBS}:${endLine("observations")}:9 (column value): 171 where line ${lesoir} has 170 for the same metric, site, scope, year and source: if the source really gives both, give this row the id '${LESOIR}-2' and say why in its notes`,
    ]);
  });

  it("accepts a second figure of a source marked -2 and explained, refuses the same figure twice", () => {
    const second = { id: `${LESOIR}-2`, value: "171", quote: "Les 171 entreprises présentes" };
    expect(problems(addCopy("observations", LESOIR, second))).toEqual([]);
    expect(problems(addCopy("observations", LESOIR, { id: `${LESOIR}-2` }))).toEqual([
      `${OBS}:${endLine("observations")}:9 (column value): the same figure as line ${lesoir} (same metric, site, scope, year, source, value and qualifier): remove one`,
    ]);
  });

  it("refuses an observation id that does not follow <source>.<metric>.<site>.<year>", () => {
    expect(
      problems(setCells("observations", LESOIR, { id: "lesoir-10ans.hosted.casablanca.2011" })),
    ).toEqual([
      `${OBS}:${lesoir}:1 (column id): 'lesoir-10ans.hosted.casablanca.2011' does not follow <source>.<metric>.<site>.<year>: this row's id is '${LESOIR}'`,
    ]);
    expect(problems(setCells("observations", LESOIR, { id: `${LESOIR}-2` }))).toEqual([
      `${OBS}:${lesoir}:1 (column id): '${LESOIR}-2' is numbered as a second figure, but no row has the id '${LESOIR}'`,
    ]);
  });

  it("refuses an event id that does not follow <source>.<kind>.<site>", () => {
    const id = "souss-gitex-2024.event.casablanca";
    expect(problems(setCells("events", id, { id: "souss-gitex-2024.casablanca" }))).toEqual([
      `data/events.csv:${lineOfId("events", id)}:1 (column id): 'souss-gitex-2024.casablanca' does not follow <source>.<kind>.<site>: this row's id is '${id}'`,
    ]);
  });
});

describe("file format", () => {
  it("says in one line that a table is separated by ';' (it gave 61 messages about quote marks)", () => {
    const rows = Papa.parse<string[]>(text("observations"), { skipEmptyLines: true }).data;
    const semicolons = Papa.unparse(rows, { delimiter: ";", newline: "\n" });
    expect(problems({ observations: () => semicolons })).toEqual([
      `${OBS}:1: separates its cells with ';', not commas: save it as CSV with ',' between cells`,
    ]);
  });
});
