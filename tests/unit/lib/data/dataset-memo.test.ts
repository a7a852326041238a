import { describe, expect, it } from "vitest";
import { datasetMemo } from "../../../../src/lib/data/dataset-memo.ts";
import type { Dataset } from "../../../../src/lib/data/dataset.ts";

const dataset = () => ({ observations: [] }) as unknown as Dataset;

describe("datasetMemo", () => {
  it("makes a value once per dataset and key, and gives it back after", () => {
    const memo = datasetMemo<string[]>();
    const a = dataset();
    let made = 0;
    const make = () => [`value ${++made}`];
    const first = memo(a, "k", make);
    expect(memo(a, "k", make)).toBe(first);
    expect(made).toBe(1);
    expect(memo(a, "other", make)).toEqual(["value 2"]);
    expect(memo(dataset(), "k", make)).toEqual(["value 3"]);
    expect(made).toBe(3);
  });

  it("keeps a value that is undefined rather than making it again", () => {
    const memo = datasetMemo<string | undefined>();
    const a = dataset();
    let made = 0;
    const make = () => {
      made++;
      return undefined;
    };
    memo(a, "k", make);
    memo(a, "k", make);
    expect(made).toBe(1);
  });
});
