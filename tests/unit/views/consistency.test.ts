import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { consistencyView } from "../../../src/views/consistency.ts";

// Published releases never change: 1.1.0 is pinned.
const v11 = siteData().datasets.get("1.1.0") as Dataset;

describe("consistencyView(dataset, version, lang): figures that cannot all be right", () => {
  it("flags the parks of 2016 adding up to more than the network, each figure as published", () => {
    const view = consistencyView(v11, "1.1.0", "en");
    const metric = "Companies accompanied since opening";
    expect(view).toEqual({
      version: "1.1.0",
      flags: [
        {
          rule: "parts-exceed-network",
          ids: [
            "h24info-2016.companies_accompanied_cumulative.casablanca.2016",
            "h24info-2016.companies_accompanied_cumulative.rabat.2016",
            "h24info-2016.companies_accompanied_cumulative.tanger.2016",
            "lavieeco-15ans.companies_accompanied_cumulative.network.2016",
          ].join(" "),
          title: `The parks add up to more than the network: ${metric}, 2016`,
          larger: [
            `Technopark Casablanca 2016 (${metric}): 800, H24info`,
            `Technopark Rabat 2016 (${metric}): more than 80, H24info`,
            `Technopark Tangier 2016 (${metric}): more than 20, H24info`,
          ],
          versus: `The whole network 2016 (${metric}): about 800, La Vie éco`,
        },
      ],
    });
  });
});
