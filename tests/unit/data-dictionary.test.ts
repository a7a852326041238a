import { describe, expect, it } from "vitest";
import { LANGS, STRINGS } from "../../src/i18n/index.ts";
import { columnKey, dataDictionary } from "../../src/lib/format/data-dictionary.ts";
import { TABLE_NAMES, TABLES } from "../../src/schemas/index.ts";

describe("dataDictionary()", () => {
  const dict = dataDictionary();

  it("documents every column of every table, in file order", () => {
    expect(dict.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    for (const t of dict)
      expect(t.columns.map((c) => c.name)).toEqual(TABLES[t.name].fields.map((f) => f.name));
  });

  it("gives the allowed values of restricted columns", () => {
    const col = (table: string, name: string) =>
      dict.find((t) => t.name === table)?.columns.find((c) => c.name === name);
    expect(col("observations", "qualifier")?.allowed).toEqual([
      "exact",
      "approx",
      "more_than",
      "less_than",
    ]);
    expect(col("events", "kind")?.allowed).toEqual(["opening", "anniversary", "event", "plan"]);
    expect(col("observations", "quote")?.allowed).toBeUndefined();
    expect(col("observations", "note")?.required).toBe(false);
    expect(col("observations", "year")?.type).toBe("integer");
  });

  it("explains every column in every language, in English with the schema's own words", () => {
    for (const name of TABLE_NAMES) {
      expect(STRINGS.en[`data.table.${name}` as keyof typeof STRINGS.en]).toBe(
        TABLES[name].description,
      );
      for (const f of TABLES[name].fields) {
        const key = columnKey(name, f.name);
        expect(STRINGS.en[key], key).toBe(f.description);
        for (const lang of LANGS) expect(STRINGS[lang][key], `${lang} ${key}`).toBeTruthy();
      }
    }
  });

  it("refuses a column without a string, so none reaches the page undocumented", () => {
    expect(() => columnKey("observations", "nonexistent")).toThrow(
      'data dictionary: no UI string "data.col.observations.nonexistent"',
    );
  });
});
