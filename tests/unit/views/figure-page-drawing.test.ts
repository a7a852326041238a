import { describe, expect, it } from "vitest";
import { chartsWithData } from "../../../src/charts/index.ts";
import { plottedObservations } from "../../../src/charts/types.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { figurePath } from "../../../src/lib/web/routes.ts";
import { linkFigureMarks } from "../../../src/render/link-figure-marks.ts";
import { renderChart } from "../../../src/render/render-chart.ts";
import { ringFigureMark } from "../../../src/render/ring-figure-mark.ts";
import { figurePageView, releaseDatasets } from "../../../src/views/figure-page.ts";

const SITE = new URL("https://example.org/");

describe("figurePageView's drawing of its figure", () => {
  const data = siteData();
  const { dataset } = data;
  const releases = releaseDatasets(data);

  it("is the narrow drawing of its metric's panel, others linked and its own ringed, in each language", () => {
    let pages = 0;
    for (const lang of LANGS)
      for (const { slug } of chartsWithData(dataset)) {
        const chart = renderChart(dataset, lang, slug);
        // The first figure of each panel: panels past the first are found by their metric.
        for (const { panel, narrow } of chart.panels) {
          const obs = plottedObservations(chart.def).find((o) => o.metric === panel.metric.id);
          if (!narrow || !obs) continue;
          const view = figurePageView(dataset, data.latest, releases, obs, lang, SITE);
          if (view.chart?.slug !== slug) continue; // drawn by an earlier chart too
          const linked = linkFigureMarks(narrow, (id) =>
            id === obs.id ? undefined : figurePath(lang, id),
          );
          expect(view.chart.svg, `${lang} ${slug} ${obs.id}`).toBe(ringFigureMark(linked, obs.id));
          expect(view.chart.ringed).toBe(true);
          pages++;
        }
      }
    expect(pages).toBeGreaterThanOrEqual(3 * 10);
  });
});
