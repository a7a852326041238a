import { describe, expect, it } from "vitest";
import { rowSummary } from "../../../../src/lib/format/diff-summary.ts";
import { latestRelease, loadRelease } from "../../../../src/lib/release/releases.ts";

const d = loadRelease(latestRelease());

describe("rowSummary(table, id, dataset, lang)", () => {
  it("says what an observation is: metric, scope, year and the figure as qualified", () => {
    expect(
      rowSummary(
        "observations",
        "lavieeco-15ans.companies_accompanied_cumulative.network.2016",
        d,
        "fr",
      ),
    ).toBe("Entreprises accompagnées depuis l’ouverture · Tout le réseau · 2016 · environ 800");
    expect(
      rowSummary("observations", "le360-reussites.companies_hosted.network.2015", d, "en"),
    ).toBe("Companies hosted · The whole network · 2015 · more than 230");
  });

  it("names an event by its date at the precision known, a source by publisher and title", () => {
    expect(rowSummary("events", "lesoir-10ans.anniversary.casablanca", d, "fr")).toBe(
      "27 janvier 2012 · Cérémonie des 10 ans du Technopark de Casablanca",
    );
    expect(rowSummary("sources", "telquel-2012", d, "ar")).toBe(
      "TelQuel — Technopark. Un modèle à développer",
    );
    expect(rowSummary("metrics", "companies_created_cumulative", d, "en")).toBe(
      "Companies created at the park since opening",
    );
  });

  it("is undefined for an id the dataset lacks", () => {
    expect(rowSummary("observations", "nope", d, "fr")).toBeUndefined();
  });
});
