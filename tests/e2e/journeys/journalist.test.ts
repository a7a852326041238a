import { describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { chartForMetric } from "../../../src/charts/catalog.ts";
import { formatObservation } from "../../../src/lib/format/format.ts";
import { latestRelease, loadRelease } from "../../../src/lib/release/releases.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { plain, quotedFigureBlock, tableRowsWith } from "../helpers/reading.ts";

// The figure a journalist would quote: a qualified one ("plus de …") of the
// latest release, drawn by a chart; chosen from the data, not hard-coded.
const dataset = loadRelease(latestRelease());
const observation = dataset.observations
  .filter((o) => o.qualifier === "more_than" && chartForMetric(o.metric))
  .sort(
    (a, b) =>
      Number(b.site === "network") - Number(a.site === "network") || a.id.localeCompare(b.id),
  )[0];
if (!observation) throw new Error("no qualified figure drawn by a chart in the latest release");
const source = dataset.sources.find((s) => s.id === observation.source);
if (!source) throw new Error(`no source ${observation.source}`);
const slug = chartForMetric(observation.metric)?.slug as string;
const figure = formatObservation(observation, "fr");

const site = useServedSite();

describe(`journalist: home → chart "${slug}" → "${figure}" (${source.publisher}) in the data table → its quote and source`, () => {
  it.each([
    ["enabled", true],
    ["disabled", false],
  ])("with JavaScript %s", async (_label, javaScriptEnabled) => {
    const context = await newContext(site.browser, { javaScriptEnabled });
    const page = await context.newPage();
    const watch = watchPage(page, site.server.origin);
    try {
      await page.goto(`${site.server.url}fr/`);

      // Follow the chart from the home page (directly, or through the chart index).
      const chartLink = `main a[href$="/graphiques/${slug}/"]`;
      if ((await page.locator(chartLink).count()) === 0)
        await page.locator('header a[href$="/graphiques/"]').first().click();
      await page.locator(chartLink).first().click();
      await page.waitForURL(`**/fr/graphiques/${slug}/`);

      // The chart is there, drawn at build time.
      expect(await page.locator("main svg.tp-plot").first().isVisible(), "chart SVG").toBe(true);

      // The same figure in the data table: value as published, year, source.
      const rows = tableRowsWith(page, [figure, String(observation.year), source.publisher]);
      expect(
        await rows.count(),
        `a table row with ${figure}, ${observation.year}, ${source.publisher}`,
      ).toBeGreaterThan(0);

      // Its publisher leads to the source below, folded until then (issue
      // 25): the browser opens the fold that holds the link's target, and
      // there is the figure as published, beside its quote and source link.
      await rows.first().locator(`a[href="#source-${source.id}"]`).click();
      const block = await quotedFigureBlock(page, observation.quote, source.url);
      expect(
        block,
        `the quote «${observation.quote}» beside a link to ${source.url}`,
      ).toBeDefined();
      expect(block).toContain(plain(figure));

      // A mark on the chart leads to its figure's page, which quotes it. The
      // first mark whose centre shows (where two parks have the same figure
      // in the same year, one mark covers the other: the table links both).
      await page.locator("main .tp-wide svg.tp-plot").first().scrollIntoViewIfNeeded();
      const target = await page.evaluate(() => {
        for (const el of document.querySelectorAll("main .tp-wide a > [data-figure]")) {
          const box = el.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (el.parentElement?.contains(document.elementFromPoint(x, y)))
            return { id: el.getAttribute("data-figure") ?? "", x, y };
        }
        return undefined;
      });
      expect(target, "a mark whose centre shows").toBeDefined();
      await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
      await page.waitForURL(`**/fr/chiffres/${target?.id}/`);
      const quote = dataset.observations.find((o) => o.id === target?.id)?.quote ?? "";
      expect(quote).not.toBe("");
      expect(await page.locator("main").textContent()).toContain(quote);

      expect(watchProblems(watch)).toBe("");
    } finally {
      await context.close();
    }
  });
});
