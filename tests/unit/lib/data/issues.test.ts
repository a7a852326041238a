import { describe, expect, it } from "vitest";
import { DataValidationError, formatIssues, type DataIssue } from "../../../../src/lib/data/issues.ts";

const issue = (file: string, line: number, columnName: string): DataIssue => ({
  file,
  line,
  column: 5,
  columnName,
  message: "is wrong",
});

describe("formatIssues", () => {
  it("lists every problem when there are at most 200", () => {
    expect(formatIssues([issue("data/a.csv", 2, "value")])).toBe(
      "1 problem in the data:\n  data/a.csv:2:5 (column value): is wrong",
    );
  });

  it("lists the first 200 of thousands, then counts them all by file and column", () => {
    const many = [
      ...Array.from({ length: 3000 }, (_, i) => issue("data/observations.csv", i + 2, "value")),
      ...Array.from({ length: 500 }, (_, i) => issue("data/events.csv", i + 2, "date")),
      { file: "data/sites.csv", line: 1, message: "wrong header" },
    ];
    const text = new DataValidationError(many).message;
    const lines = text.split("\n");
    expect(lines[0]).toBe("3501 problems in the data:");
    expect(lines.filter((l) => l.startsWith("  data/observations.csv:"))).toHaveLength(200);
    expect(lines.slice(201)).toEqual([
      "  … and 3301 more. All 3501 by file and kind:",
      "  data/observations.csv column value: 3000",
      "  data/events.csv column date: 500",
      "  data/sites.csv rows and header: 1",
    ]);
  });
});
