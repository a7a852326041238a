import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartForMetric } from "../../../src/charts/catalog.ts";
import { formatObservation } from "../../../src/lib/format/format.ts";
import { latestRelease, loadRelease } from "../../../src/lib/release/releases.ts";
import { DIST } from "../../helpers/dist.ts";
import {
  launchChromium,
  newContext,
  watchPage,
  watchProblems,
} from "../../../scripts/lib/browser.ts";
import { plain, quotedFigureBlock, tableRowsWith } from "../helpers/reading.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

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

let server: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`journalist: home → chart "${slug}" → "${figure}" (${source.publisher}) → data table`, () => {
  it.each([
    ["enabled", true],
    ["disabled", false],
  ])("with JavaScript %s", async (_label, javaScriptEnabled) => {
    const context = await newContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    const watch = watchPage(page, server.origin);
    try {
      await page.goto(`${server.url}fr/`);

      // Follow the chart from the home page (directly, or through the chart index).
      const chartLink = `main a[href$="/graphiques/${slug}/"]`;
      if ((await page.locator(chartLink).count()) === 0)
        await page.locator('header a[href$="/graphiques/"]').first().click();
      await page.locator(chartLink).first().click();
      await page.waitForURL(`**/fr/graphiques/${slug}/`);

      // The chart is there, drawn at build time.
      expect(await page.locator("main svg[role=img]").first().isVisible(), "chart SVG").toBe(true);

      // The figure as published, its qualifier included, beside its quote and source link.
      const block = await quotedFigureBlock(page, observation.quote, source.url);
      expect(
        block,
        `the quote «${observation.quote}» beside a link to ${source.url}`,
      ).toBeDefined();
      expect(block).toContain(plain(figure));

      // The same figure in the data table: value as published, year, source.
      const rows = tableRowsWith(page, [figure, String(observation.year), source.publisher]);
      expect(
        await rows.count(),
        `a table row with ${figure}, ${observation.year}, ${source.publisher}`,
      ).toBeGreaterThan(0);

      expect(watchProblems(watch)).toBe("");
    } finally {
      await context.close();
    }
  });
});
