import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData, type SiteData } from "../../../src/lib/data/site-data.ts";
import type { ReleaseInfo } from "../../../src/lib/release/releases.ts";
import { releasePageView } from "../../../src/views/release-page.ts";

// Published releases never change: 1.0.0 → 1.1.0 only added rows.
const all = siteData();
const release = (v: string) => all.releases.find((r) => r.version === v) as ReleaseInfo;
const ds = (v: string) => all.datasets.get(v) as Dataset;
const upTo11: SiteData = {
  releases: [release("1.0.0"), release("1.1.0")],
  latest: release("1.1.0"),
  datasets: all.datasets,
  dataset: ds("1.1.0"),
};
const site = new URL("https://e.org/");

describe("releasePageView(data, version, lang, site): a release's page", () => {
  it("says the changes from the release before in the reader's language, and none for the first", () => {
    const v11 = releasePageView(upTo11, "1.1.0", "fr", site);
    expect([v11.release.version, v11.diff?.from, v11.diff?.to, v11.previous]).toEqual([
      "1.1.0",
      "1.0.0",
      "1.1.0",
      "1.0.0",
    ]);
    expect(v11).not.toHaveProperty("change");
    expect(v11.diff?.tables[1]?.summary).toBe("1 ajoutée, 0 modifiée, 0 retirée");
    expect(releasePageView(upTo11, "1.0.0", "en", site).diff).toBeUndefined();
  });
});
