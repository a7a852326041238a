import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { errataView } from "../../../src/views/errata.ts";

// Published releases never change: 1.1.0 (no corrections yet) and 2.0.0
// (the first with errata: 36 corrections of rows published in 1.x).
const v11 = siteData().datasets.get("1.1.0") as Dataset;
const v20 = siteData().datasets.get("2.0.0") as Dataset;

describe("errataView(dataset, lang, corrections): the corrections, said in words", () => {
  const view = errataView(v20, "en");
  const entry = (id: string) => view.entries.find((e) => e.id === id);

  it("counts the corrections and says a changed field with before and after", () => {
    expect(view.count).toBe("Show the 36 corrections");
    const { source, ...a11 } = entry("a1-1") ?? { source: undefined };
    expect(a11).toEqual({
      id: "a1-1",
      table: "observations",
      rowId: "lavieeco-rabat-tanger.companies_hosted.rabat.2016",
      published: "published in release 1.1.0",
      change: "qualifier: “exact” → “more_than”",
      reason:
        "The same article later writes “Celui de Rabat compte plus de 80 sociétés”: the figure is a lower bound, not an exact count (audit finding A1).",
    });
    expect(source?.id).toBe("lavieeco-rabat-tanger");
  });

  it("says an empty cell, a row removed and a row replaced", () => {
    expect(entry("a2-1")?.change).toBe("period_start: “(empty)” → “2001”");
    expect(entry("l4-1")?.change).toBe("row removed");
    expect(entry("l5-1")?.change).toBe(
      "row removed, replaced by vitaminedz-benmakhlouf-2011.opening.casablanca",
    );
    expect(errataView(v20, "fr").entries[0]?.published).toBe("publiée dans la version 1.1.0");
  });

  it("keeps only the corrections it is given, and has none for a release without", () => {
    const [first] = v20.corrections;
    const one = errataView(v20, "fr", first ? [first] : []);
    expect([one.entries.map((e) => e.id), one.count]).toEqual([["a1-1"], "Voir la correction"]);
    expect(errataView(v11, "en").entries).toEqual([]);
  });
});
