import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listReleases, loadRelease } from "../../src/lib/release/releases.ts";
import { loadDataset } from "../../src/lib/data/load-dataset.ts";

// The primary articles live beside the repository, not in it (we quote
// fragments, never whole articles). Map each source id to its text.
const SOURCES_DIR = "../shared/sources";
const TEXTS: Record<string, string> = {
  "madeincity-10ans": "technopark-10-ans-2011.txt",
  "h24info-2016": "technopark-15-ans-h24info-2016.txt",
};
const available = existsSync(SOURCES_DIR);

describe.skipIf(!available)("quotes are verbatim fragments of their sources", () => {
  const datasets = [
    ["data/", loadDataset("data")] as const,
    ...listReleases().map((r) => [r.version, loadRelease(r)] as const),
  ];
  for (const [label, d] of datasets) {
    const rows = [...d.observations, ...d.events].filter((r) => TEXTS[r.source]);
    it.each(rows.map((r) => [label, r.id, r]))("%s %s", (_l, _id, row) => {
      const text = readFileSync(`${SOURCES_DIR}/${TEXTS[row.source]}`, "utf8");
      expect(text).toContain(row.quote);
      // A fragment, not a sentence: at most a dozen words.
      expect(row.quote.split(/\s+/).length).toBeLessThanOrEqual(12);
    });
  }
});
