import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { diffDatasets } from "../../../src/lib/release/diff.ts";
import { releaseDiffView } from "../../../src/views/release-diff.ts";

// Published releases never change: 1.0.0 → 1.1.0 only added rows (9
// sources, 1 metric, 32 observations, 5 events); 2.0.0 brought 36 corrections.
const all = siteData();
const ds = (v: string) => all.datasets.get(v) as Dataset;

describe("releaseDiffView(change, lang): what a release changed, in words", () => {
  const view = releaseDiffView(
    {
      from: "1.0.0",
      to: "1.1.0",
      diff: diffDatasets(ds("1.0.0"), ds("1.1.0")),
      before: ds("1.0.0"),
      after: ds("1.1.0"),
    },
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
      { from: "1.1.0", to: "2.0.0", diff, before: ds("1.1.0"), after: ds("2.0.0") },
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
