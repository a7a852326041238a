import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { methodologyView } from "../../../src/views/methodology.ts";

// Published releases never change: 1.1.0 is pinned.
const v11 = siteData().datasets.get("1.1.0") as Dataset;

describe("methodologyView(dataset, version, lang): where sources differ or agree, and every source", () => {
  const view = methodologyView(v11, "1.1.0", "en");

  it("counts the groups that differ and agree, and the sources", () => {
    expect([view.differ.length, view.agree.length]).toEqual([4, 2]);
    expect(view.counts).toEqual({
      differ: "Show the 4 cases",
      agree: "Show the 2 cases",
      sources: "Show the 11 sources",
    });
  });

  it("names a group by metric, park and year, with each figure and its source", () => {
    const [first] = view.agree;
    expect(
      first && { ...first, figures: first.figures.map((f) => [f.id, f.value, f.source.id]) },
    ).toEqual({
      id: "ecart-companies_accompanied_cumulative-casablanca-2011",
      metric: "companies_accompanied_cumulative",
      site: "casablanca",
      year: 2011,
      title: "Companies accompanied since opening · Technopark Casablanca · 2011",
      figures: [
        [
          "madeincity-10ans.companies_accompanied_cumulative.casablanca.2011",
          "550",
          "madeincity-10ans",
        ],
        ["telquel-2012.companies_accompanied_cumulative.casablanca.2011", "550", "telquel-2012"],
      ],
    });
  });

  it("lists the sources oldest first, saying which dates were inferred", () => {
    expect(view.sources.map((s) => s.source.id)).toEqual([
      "lavieeco-reconversion",
      "lavieeco-pari-gagne",
      "madeincity-10ans",
      "lesoir-10ans",
      "telquel-2012",
      "le360-reussites",
      "lavieeco-700",
      "h24info-2016",
      "aujourdhui-15ans",
      "lavieeco-15ans",
      "lavieeco-rabat-tanger",
    ]);
    const telquel = view.sources[4];
    expect([telquel?.date, telquel?.inferred]).toEqual(["13 February 2012", false]);
    expect(view.sources[0]?.inferred).toBe(true);
  });
});
