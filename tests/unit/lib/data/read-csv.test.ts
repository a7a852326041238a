import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../../src/lib/data/issues.ts";
import { parseCsv } from "../../../../src/lib/data/read-csv.ts";

const parse = (text: string) => parseCsv("t.csv", text);

describe("parseCsv", () => {
  it("reads quoted cells with commas, doubled quote marks and line breaks, keeping each record's line", () => {
    const { table, issues } = parse('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,row');
    expect(issues).toEqual([]);
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 6, cells: ["last", "row"] },
    ]);
  });

  it("reads CRLF files, with LF inside a quoted cell, as the release tool writes them", () => {
    const { table, issues } = parse('a,b\r\n1,"x\ny"\r\n');
    expect(issues).toEqual([]);
    expect(table.rows).toEqual([{ line: 2, cells: ["1", "x\ny"] }]);
  });

  it("names the cell whose quote mark is never closed, at the end of the file", () => {
    expect(parse('a,b\n1,"open').issues.map(formatIssue)).toEqual([
      "t.csv:2:2: cell 2 opens a quote mark that is never closed",
    ]);
  });

  it("refuses tabs between cells in plain words", () => {
    expect(parse("a\tb\n1\t2\n").issues.map(formatIssue)).toEqual([
      "t.csv:1: separates its cells with tabs, not commas: save it as CSV with ',' between cells",
    ]);
  });

  it("says in one line that a file uses ';', not in one line per quoted cell", () => {
    // As French Excel saves it: cells holding ';' or a quote mark are quoted,
    // so read with commas every such row has a quote mark mid-cell.
    const text = 'id;note;value\nx;"a; b";1\ny;"say ""hi"", then";2\n';
    expect(parse(text).issues.map(formatIssue)).toEqual([
      "t.csv:1: separates its cells with ';', not commas: save it as CSV with ',' between cells",
    ]);
  });

  it("says an empty file lacks its header", () => {
    expect(parse("").issues.map(formatIssue)).toEqual([
      "t.csv:1: is empty: expected a header line",
    ]);
  });
});
