import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { diffDatasets } from "../../../src/lib/release/diff.ts";
import { releaseChange, releaseDiffView } from "../../../src/views/release-diff.ts";

// Published releases never change: 1.0.0 → 1.1.0 only added rows (9
// sources, 1 metric, 32 observations, 5 events); 2.0.0 brought 36 corrections.
const all = siteData();
const ds = (v: string) => all.datasets.get(v) as Dataset;

describe("releaseDiffView(change, lang): what a release changed, in words", () => {
  const view = releaseDiffView(
    releaseChange({
      from: "1.0.0",
      to: "1.1.0",
      diff: diffDatasets(ds("1.0.0"), ds("1.1.0")),
      before: ds("1.0.0"),
      after: ds("1.1.0"),
    }),
    "en",
  );

  it("counts each table's rows added, changed and removed, in the reader's numbers", () => {
    expect([view.anchor, view.empty]).toEqual(["diff-1-0-0-to-1-1-0", false]);
    expect(view.counts.map((c) => [c.name, c.added, c.changed, c.removed])).toEqual([
      ["sources", "9", "0", "0"],
      ["sites", "0", "0", "0"],
      ["metrics", "1", "0", "0"],
      ["observations", "32", "0", "0"],
      ["events", "5", "0", "0"],
      ["places", "0", "0", "0"],
      ["corrections", "0", "0", "0"],
    ]);
  });

  it("details only the tables that changed, each added row named from the newer release", () => {
    expect(view.tables.map((tb) => tb.name)).toEqual([
      "sources",
      "metrics",
      "observations",
      "events",
    ]);
    const metrics = view.tables[1];
    expect(metrics?.summary).toBe("1 added, 0 changed, 0 removed");
    expect(metrics?.added).toEqual([
      {
        id: "companies_created_cumulative",
        summary: "Companies created at the park since opening",
      },
    ]);
    expect(view.errata.entries).toEqual([]);
  });

  it("says changed cells as text, names removed rows from the older release, and lists the corrections brought", () => {
    const none = { added: [], changed: [], removed: [] };
    const diff = {
      ...diffDatasets(ds("1.1.0"), ds("1.1.0")),
      metrics: {
        ...none,
        changed: [{ id: "jobs", fields: [{ field: "unit", before: "people", after: 12 }] }],
        removed: ["coffee_price_mad", "no-such-metric"],
      },
    };
    const changed = releaseDiffView(
      releaseChange({ from: "1.1.0", to: "2.0.0", diff, before: ds("1.1.0"), after: ds("2.0.0") }),
      "fr",
    );
    const [metrics] = changed.tables;
    expect(metrics?.changed).toEqual([
      { id: "jobs", fields: [{ field: "unit", before: "people", after: "12" }] },
    ]);
    expect(metrics?.removed).toEqual([
      { id: "coffee_price_mad", summary: "Prix du café" },
      { id: "no-such-metric" },
    ]);
    expect(changed.errata.entries).toHaveLength(36);
  });
});

describe("releaseChange(change): the rows named when the change is made, no dataset kept", () => {
  const change = releaseChange({
    from: "1.0.0",
    to: "1.1.0",
    diff: diffDatasets(ds("1.0.0"), ds("1.1.0")),
    before: ds("1.0.0"),
    after: ds("1.1.0"),
  });
  const added = (lang: "fr" | "en" | "ar", table: "observations" | "sources", id: string) =>
    change.rows[lang][table].added.find((r) => r.id === id)?.summary;

  it("keeps the diff, the rows in words and the corrections, not the two datasets", () => {
    expect(Object.keys(change).sort()).toEqual(["corrections", "diff", "from", "rows", "to"]);
    expect(change.corrections).toEqual([]);
  });

  it("names each added row from the newer release, in every language", () => {
    const figure = "aujourdhui-15ans.companies_new.rabat.2015";
    expect(added("fr", "observations", figure)).toBe(
      "Nouvelles entreprises par an · Technopark de Rabat · 2015 · 13",
    );
    expect(added("en", "observations", figure)).toBe(
      "New companies per year · Technopark Rabat · 2015 · 13",
    );
    expect(added("ar", "observations", figure)).toBe(
      "الشركات الجديدة في السنة · تكنوبارك الرباط · 2015 · 13",
    );
    expect(added("ar", "sources", "aujourdhui-15ans")).toBe(
      "Aujourd’hui le Maroc — Le Technopark fête ses 15 ans d'existence",
    );
  });
});
