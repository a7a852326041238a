import { describe, expect, it } from "vitest";
import {
  diffCounts,
  diffDatasets,
  diffTable,
  isEmptyDiff,
  releaseDiffs,
} from "../../../../src/lib/release/diff.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";

const FIELDS = ["id", "value", "note"];

describe("diffTable(before, after, fields)", () => {
  it("finds added, removed and changed rows by id, field by field", () => {
    const before = [
      { id: "a", value: 1, note: "" },
      { id: "b", value: 2, note: "x" },
      { id: "c", value: 3, note: "" },
    ];
    const after = [
      { id: "d", value: 4, note: "" },
      { id: "b", value: 20, note: "y" },
      { id: "a", value: 1, note: "" },
    ];
    expect(diffTable(before, after, FIELDS)).toEqual({
      added: ["d"],
      removed: ["c"],
      changed: [
        {
          id: "b",
          fields: [
            { field: "value", before: 2, after: 20 },
            { field: "note", before: "x", after: "y" },
          ],
        },
      ],
    });
  });

  it("treats a renamed id as one removal and one addition", () => {
    const d = diffTable(
      [{ id: "old", value: 1, note: "" }],
      [{ id: "new", value: 1, note: "" }],
      FIELDS,
    );
    expect(d).toEqual({ added: ["new"], removed: ["old"], changed: [] });
  });

  it("sees no change in a reordered table, and tells a number from its text", () => {
    const rows = [
      { id: "a", value: 1, note: "" },
      { id: "b", value: 2, note: "" },
    ];
    expect(diffTable(rows, [...rows].reverse(), FIELDS)).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
    expect(
      diffTable([{ id: "a", value: 1 }], [{ id: "a", value: "1" }], ["value"]).changed,
    ).toEqual([{ id: "a", fields: [{ field: "value", before: 1, after: "1" }] }]);
  });

  it("compares only the given columns", () => {
    expect(diffTable([{ id: "a", extra: 1 }], [{ id: "a", extra: 2 }], ["id"]).changed).toEqual([]);
  });
});

describe("diffDatasets on the published releases", () => {
  const releases = listReleases();
  const load = (v: string) => {
    const r = releases.find((x) => x.version === v);
    if (!r) throw new Error(`no release ${v}`);
    return loadRelease(r);
  };

  it("1.0.0 → 1.1.0 only adds: 9 sources, 1 metric, 32 observations, 5 events", () => {
    const d = diffDatasets(load("1.0.0"), load("1.1.0"));
    expect(diffCounts(d)).toEqual({
      sources: [9, 0, 0],
      sites: [0, 0, 0],
      metrics: [1, 0, 0],
      observations: [32, 0, 0],
      events: [5, 0, 0],
      places: [0, 0, 0],
      corrections: [0, 0, 0],
    });
    expect(d.observations.added).toContain(
      "lavieeco-15ans.companies_accompanied_cumulative.network.2016",
    );
    expect(d.events.added).toContain("lesoir-10ans.anniversary.casablanca");
  });

  it("a release compared with itself is empty", () => {
    expect(isEmptyDiff(diffDatasets(load("1.1.0"), load("1.1.0")))).toBe(true);
  });
});

describe("releaseDiffs(versions, datasets)", () => {
  it("pairs each release with the one before it, newest first", () => {
    const releases = listReleases();
    const datasets = new Map(releases.map((r) => [r.version, loadRelease(r)]));
    const pairs = releaseDiffs(
      releases.map((r) => r.version),
      datasets,
    ).map((p) => [p.from, p.to]);
    expect(pairs[pairs.length - 1]).toEqual(["1.0.0", "1.1.0"]);
    expect(pairs).toHaveLength(releases.length - 1);
  });

  it("throws when a version has no dataset", () => {
    expect(() => releaseDiffs(["1.0.0", "1.1.0"], new Map())).toThrow(
      "releaseDiffs: no dataset for 1.0.0",
    );
  });
});
