import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { newContext } from "../../../scripts/lib/browser.ts";

// A journalist's phone (375 × 667): the home page's first screen says what
// the network is and which years the figures cover, shows the network's
// latest figures and a chart, without scrolling. Screenshots are kept in
// test-results/screenshots/ for a person to look at.
const SHOTS = join("test-results", "screenshots");
const SCREEN = { width: 375, height: 667 };

const site = useServedSite();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

describe.each(LANGS)("home page in %s at 375 × 667", (lang) => {
  it("shows the network, the years covered, its latest figures and a chart on the first screen", async () => {
    const context = await newContext(site.browser, { viewport: SCREEN });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${lang}/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const shot = join(SHOTS, `home-375-${lang}.png`);
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(20_000);

    const box = async (selector: string) => {
      const b = await page.locator(selector).first().boundingBox();
      if (!b) throw new Error(`${selector}: not shown`);
      return { top: b.y, bottom: b.y + b.height, height: b.height };
    };
    // What the network is and the years: 2001 (first figure) to 2024 (latest).
    const intro = page.locator(".home-intro");
    expect(await intro.textContent()).toMatch(/2001[^]*2024/);
    expect((await box(".home-intro")).bottom).toBeLessThanOrEqual(SCREEN.height);
    // The network's latest figures, every card whole: one row of two, each
    // with its source's own words (home-page.ts, LEAD_MAX).
    const cards = page.locator(".home-figures").first().locator(".key-figure");
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    for (const card of await cards.all()) {
      const b = await card.boundingBox();
      expect(b && b.y + b.height).toBeLessThanOrEqual(SCREEN.height);
      expect(await card.locator(".key-meta").textContent()).toMatch(/20\d\d/);
    }
    // A chart, drawn whole.
    const chart = await box(".home-chart svg[role=img]");
    expect(chart.height).toBeGreaterThan(80);
    expect(chart.bottom).toBeLessThanOrEqual(SCREEN.height);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      SCREEN.width,
    );
    await context.close();
  });
});
