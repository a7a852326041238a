import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../../src/lib/data/dataset.ts";
import { figuresByMetric, sourcesOfSite } from "../../../../src/lib/model/site-profile.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";

const v1 = () => siteData().datasets.get("1.0.0") as Dataset;

describe("figuresByMetric", () => {
  it("groups a site's figures by metric in metrics.csv order", () => {
    const groups = figuresByMetric(v1(), "rabat");
    expect(groups.map((g) => [g.metric.id, g.observations.map((o) => o.id)])).toEqual([
      [
        "companies_accompanied_cumulative",
        ["h24info-2016.companies_accompanied_cumulative.rabat.2016"],
      ],
    ]);
    expect(figuresByMetric(v1(), "network").map((g) => g.metric.id)).toEqual([
      "companies_accompanied_cumulative",
      "jobs",
      "turnover_mad",
    ]);
  });

  it("keeps every observation of every site of the latest release, oldest year first", () => {
    const { dataset } = siteData();
    for (const site of [...dataset.sites.map((s) => s.id), "network"]) {
      const groups = figuresByMetric(dataset, site);
      const shown = groups.flatMap((g) => g.observations);
      expect(shown.map((o) => o.id).sort(), site).toEqual(
        dataset.observations
          .filter((o) => o.site === site)
          .map((o) => o.id)
          .sort(),
      );
      for (const g of groups) {
        const years = g.observations.map((o) => o.year);
        expect(years, `${site} ${g.metric.id}`).toEqual([...years].sort((a, b) => a - b));
      }
    }
  });
});

describe("sourcesOfSite", () => {
  it("lists the sources quoted by a site's figures and events, once each", () => {
    expect(sourcesOfSite(v1(), "casablanca").map((s) => s.id)).toEqual([
      "madeincity-10ans",
      "h24info-2016",
    ]);
    expect(sourcesOfSite(v1(), "tanger").map((s) => s.id)).toEqual(["h24info-2016"]);
  });
});
