import { describe, expect, it } from "vitest";
import type { Correction, Dataset, Source } from "../../../../src/lib/data/dataset.ts";
import { errata } from "../../../../src/lib/model/errata.ts";
import { correctionsAdded } from "../../../../src/lib/release/diff.ts";

const source: Source = {
  id: "lavieeco-rabat-tanger",
  title: "T",
  publisher: "La Vie éco",
  author: "",
  published: "2017",
  published_basis: "inferred",
  url: "https://example.com/",
  language: "fr",
  note: "",
};

const correction = (id: string, field: string, before: string, after: string): Correction => ({
  id,
  table: "observations",
  row_id: "lavieeco-rabat-tanger.companies_hosted.rabat.2016",
  published_in: "1.1.0",
  field,
  before,
  after,
  reason_fr: "Pourquoi.",
  reason_en: "Why.",
  reason_ar: "لماذا.",
  source: "lavieeco-rabat-tanger",
});

const dataset = (corrections: Correction[]): Dataset => ({
  sources: [source],
  sites: [],
  metrics: [],
  observations: [],
  events: [],
  places: [],
  corrections,
});

describe("errata(dataset)", () => {
  it("lists each correction with its release, field, before and after, reasons and source", () => {
    const d = dataset([
      correction("a1-1", "qualifier", "exact", "more_than"),
      correction("l4-1", "row", "x", ""),
    ]);
    expect(errata(d)).toEqual([
      {
        id: "a1-1",
        table: "observations",
        rowId: "lavieeco-rabat-tanger.companies_hosted.rabat.2016",
        publishedIn: "1.1.0",
        field: "qualifier",
        removed: false,
        before: "exact",
        after: "more_than",
        reason: { fr: "Pourquoi.", en: "Why.", ar: "لماذا." },
        source,
      },
      expect.objectContaining({ id: "l4-1", removed: true, after: "" }),
    ]);
  });
});

describe("correctionsAdded(before, after)", () => {
  it("gives the corrections a release brings, not those an earlier one carried", () => {
    const a = correction("a1-1", "qualifier", "exact", "more_than");
    const b = correction("a1-2", "quote", "x", "y");
    expect(correctionsAdded(dataset([a]), dataset([a, b])).map((c) => c.id)).toEqual(["a1-2"]);
    expect(correctionsAdded(dataset([]), dataset([]))).toEqual([]);
  });
});
