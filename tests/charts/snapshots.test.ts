import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_CATALOG } from "../../src/charts/catalog.ts";
import { chartsWithData } from "../../src/charts/index.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { chartSvgFile } from "../../src/render/image-content.ts";
import { renderChart } from "../../src/render/render-chart.ts";
import { prettySvg } from "./normalise.ts";

const OUTPUT = join(import.meta.dirname, "output");
// Release 1.0.0 never changes, so its pictures change only when the code does.
const dataset = siteData().datasets.get("1.0.0");
if (!dataset) throw new Error("release 1.0.0 is missing");

/**
 * Compares `svg` with output/<name>.svg through vitest's file snapshots: a
 * missing snapshot fails under CI (vitest writes it only outside CI, or
 * with `-u`, for review); a different one fails and, as in Plot's own
 * tests, leaves output/<name>-changed.svg beside it to open and compare.
 */
async function expectSnapshot(name: string, svg: string) {
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  const actual = prettySvg(svg);
  try {
    await expect(actual).toMatchFileSnapshot(file);
  } catch (error) {
    writeFileSync(changed, actual);
    throw error;
  }
  rmSync(changed, { force: true });
}

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
