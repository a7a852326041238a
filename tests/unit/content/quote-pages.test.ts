import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quoteCheckMode, SOURCES_DIR } from "../../helpers/source-texts.ts";

// The verbatim-quote checks (source-quotes.test.ts) need the stored source
// pages beside the repository. Whether they run, are skipped on purpose, or
// fail because the pages are missing:
describe("quoteCheckMode(present, QUOTE_PAGES)", () => {
  it("runs the checks when the stored pages are there, whatever QUOTE_PAGES says", () => {
    expect(quoteCheckMode(true, undefined)).toBe("run");
    expect(quoteCheckMode(true, "absent")).toBe("run");
  });

  it("fails when the pages are missing and nothing says so, naming the folder and the variable", () => {
    expect(() => quoteCheckMode(false, undefined)).toThrow(
      /^The stored source pages are missing: there is no folder \.\.\/shared\/sources \(\/.*\/shared\/sources\), so the verbatim-quote checks cannot run\. Put the pages there, or set QUOTE_PAGES=absent to skip these checks on purpose\.$/,
    );
    expect(SOURCES_DIR).toBe("../shared/sources");
  });

  it("skips them when QUOTE_PAGES=absent says on purpose that the pages are missing", () => {
    expect(quoteCheckMode(false, "absent")).toBe("skip");
  });

  it("takes no other value for leave to skip", () => {
    for (const value of ["", "1", "true", "Absent"])
      expect(() => quoteCheckMode(false, value)).toThrow(
        `(QUOTE_PAGES is "${value}", not "absent").`,
      );
  });
});

describe("who may skip the quote checks", () => {
  it("the GitHub workflow, whose checkout lacks the pages, sets QUOTE_PAGES=absent and says so", () => {
    const workflow = readFileSync(".github/workflows/pages.yml", "utf8");
    const testStep = /- name: Tests[^\n]*\n(?: {8}.*\n)*/.exec(workflow)?.[0] ?? "";
    expect(testStep).toMatch(/\n {10}QUOTE_PAGES: absent\n/);
    expect(testStep).toMatch(/echo "QUOTE_PAGES=absent: [^"]*not in the repository/);
    expect(testStep).toContain("npm test");
  });

  it(".ci/run never does", () => {
    expect(readFileSync(".ci/run", "utf8")).not.toContain("QUOTE_PAGES");
  });
});
