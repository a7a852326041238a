import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { chartsWithData } from "../../../src/charts/index.ts";
import { DIRECTION, LANGS } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { newContext } from "../../../scripts/lib/browser.ts";

// One chart page per language, photographed in Chromium (the screenshots
// are kept in test-results/screenshots/ for a person to look at) and measured: Arabic mirrors
// the page, the time axis of the chart still runs left to right.
const SHOTS = join("test-results", "screenshots");
const slug =
  chartsWithData(siteData().dataset).find((c) => c.slug === "emplois")?.slug ?? "entreprises";
const WIDTH = 1000;

const site = useServedSite();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

/** Left and right edges of the first element matching `selector`. */
async function edges(page: Page, selector: string): Promise<{ left: number; right: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
}

describe.each(LANGS)("chart page in %s", (lang) => {
  it(`renders ${DIRECTION[lang]}, with a left-to-right time axis`, async () => {
    const context = await newContext(site.browser, { viewport: { width: WIDTH, height: 1200 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${lang}/graphiques/${slug}/`);
    // Measured and photographed with the page's own fonts (Arabic's is a web font).
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const shot = join(SHOTS, `chart-${slug}-${lang}.png`);
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(20_000);

    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(
      DIRECTION[lang],
    );
    const title = await edges(page, "main h1");
    const main = await page.locator("main").boundingBox();
    if (!main) throw new Error("no main");
    // The title hugs the start edge: the right one in Arabic, the left one otherwise.
    if (DIRECTION[lang] === "rtl") expect(main.x + main.width - title.right).toBeLessThan(40);
    else expect(title.left - main.x).toBeLessThan(40);

    // Year ticks of the first drawn chart: increasing from left to right in every language.
    const ticks = await page
      .locator("main svg.tp-plot")
      .first()
      .evaluate((svg) =>
        [...svg.querySelectorAll("text")]
          .filter((t) => /^(19|20)\d\d$/.test(t.textContent?.trim() ?? ""))
          .map((t) => ({ year: Number(t.textContent), x: t.getBoundingClientRect().left })),
      );
    expect(ticks.length).toBeGreaterThan(2);
    const byX = [...ticks].sort((a, b) => a.x - b.x).map((t) => t.year);
    expect(byX).toEqual([...byX].sort((a, b) => a - b));
    await context.close();
  });
});
