import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_CATALOG } from "../../src/charts/catalog.ts";
import { chartsWithData } from "../../src/charts/index.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { chartSvgFile } from "../../src/render/image-content.ts";
import { renderChart } from "../../src/render/render-chart.ts";
import { expectSvgSnapshot } from "../helpers/svg-snapshot.ts";

const OUTPUT = join(import.meta.dirname, "output");
// Release 1.0.0 never changes, so its pictures change only when the code does.
const dataset = siteData().datasets.get("1.0.0");
if (!dataset) throw new Error("release 1.0.0 is missing");

/** Compares `svg` with output/<name>.svg (expectSvgSnapshot). */
const expectSnapshot = (name: string, svg: string) =>
  expectSvgSnapshot(join(OUTPUT, `${name}.svg`), svg);

const drawn = chartsWithData(dataset).map((c) => c.slug);

describe("chart snapshots, release 1.0.0", () => {
  it("draws every chart of the catalog that has figures in 1.0.0 (occupancy and the 2.1.0 metrics have none)", () => {
    const none = [
      "taux-occupation",
      "taux-reussite",
      "sites-en-activite",
      "capacite-surface-cout",
      "loyers",
      "export-levees",
      "entreprises-sortantes",
    ];
    expect(drawn).toEqual(CHART_CATALOG.map((c) => c.slug).filter((s) => !none.includes(s)));
  });

  for (const lang of ["fr", "ar"] as const)
    for (const slug of drawn) {
      it(`${slug} (${lang}): the downloadable image`, async () => {
        await expectSnapshot(
          `${slug}-${lang}`,
          chartSvgFile(dataset, lang, slug, { version: "1.0.0" }),
        );
      });
      it(`${slug} (${lang}): the narrow drawing for 320 px`, async () => {
        const narrow = renderChart(dataset, lang, slug).panels.flatMap((p) => p.narrow ?? []);
        for (const [i, svg] of narrow.entries())
          await expectSnapshot(`${slug}-${lang}-narrow-${i + 1}`, svg);
      });
    }
});
