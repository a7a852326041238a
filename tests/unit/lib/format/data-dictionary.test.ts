import { describe, expect, it } from "vitest";
import { LANGS, STRINGS } from "../../../../src/i18n/index.ts";
import { z } from "zod";
import { dataDictionary } from "../../../../src/lib/format/data-dictionary.ts";
import { fieldsOf } from "../../../../src/schemas/field.ts";
import { observationRow } from "../../../../src/schemas/observations.ts";
import { TABLE_NAMES, TABLES } from "../../../../src/schemas/index.ts";

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
      "at_most",
      "range",
    ]);
    expect(col("observations", "year_basis")?.allowed).toEqual(["printed", "inferred"]);
    expect(col("corrections", "table")?.allowed).toEqual([
      "sources",
      "sites",
      "metrics",
      "observations",
      "events",
      "places",
    ]);
    expect(col("events", "kind")?.allowed).toEqual(["opening", "anniversary", "event", "plan"]);
    expect(col("observations", "quote")?.allowed).toBeUndefined();
    expect(col("observations", "note_fr")?.required).toBe(false);
    expect(col("observations", "period_start")?.meaning.en).toBe(
      "First year of a figure that describes a period (a rate “Depuis 2007”, from 2007 to the year of the statement); year is then the last. Empty: the figure describes the year alone.",
    );
    expect(col("observations", "year")?.type).toBe("integer");
  });

  it("explains every column in every language, from the schema's own descriptions", () => {
    for (const name of TABLE_NAMES) {
      expect(STRINGS.en[`data.table.${name}` as keyof typeof STRINGS.en]).toBe(
        TABLES[name].description,
      );
      for (const c of dict.find((t) => t.name === name)?.columns ?? [])
        for (const lang of LANGS) expect(c.meaning[lang], `${lang} ${name}.${c.name}`).toBeTruthy();
    }
    const quote = dict
      .find((t) => t.name === "observations")
      ?.columns.find((c) => c.name === "quote");
    expect(quote?.meaning).toEqual({
      fr: "Le plus court fragment de la source, mot pour mot, qui porte le chiffre et son qualificatif.",
      en: "Shortest verbatim fragment of the source that carries the figure and its qualifier.",
      ar: "أقصر مقطع حرفي من المصدر يحمل الرقم ووصفه.",
    });
  });

  it("publishes the zod description (English) in the data package field", () => {
    expect(observationRow.shape.quote.description).toBe(
      "Shortest verbatim fragment of the source that carries the figure and its qualifier.",
    );
    expect(TABLES.observations.fields.find((f) => f.name === "quote")?.description).toBe(
      "Shortest verbatim fragment of the source that carries the figure and its qualifier.",
    );
  });

  it("refuses a column declared without a description, so none reaches the page undocumented", () => {
    expect(() => fieldsOf(z.object({ id: z.string() }))).toThrow(
      "schema: column 'id' has no description",
    );
  });

  it("keeps no copy of the column descriptions in the UI strings", () => {
    for (const lang of LANGS)
      expect(Object.keys(STRINGS[lang]).filter((k) => k.startsWith("data.col."))).toEqual([]);
  });
});
