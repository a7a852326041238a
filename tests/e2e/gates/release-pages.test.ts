import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { latestRelease, listReleases } from "../../../src/lib/release/releases.ts";
import { newContext, TabPool, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { measureOverflow } from "../helpers/overflow.ts";

// Every address a release answers at, through a static host (issue 25):
// /data/, /data/<version>/ for each release and /data/latest/ (the
// addresses citations name), each release's page in every language, the
// data page and the dictionary. Each answers 200 with the site's headers
// (public/_headers), loads cleanly and fits a 320 px phone:
// a SHA-256 or an address breaks rather than widen the page. The data
// page, 364,654 px at 375 px before, holds its 12,000 px budget with the
// latest zip, CSV and data package in the first screen.

const SCREEN = 320;
const versions = listReleases().map((r) => r.version);
const latest = latestRelease().version;
const routes = [
  "data/",
  ...versions.map((v) => `data/${v}/`),
  "data/latest/",
  ...LANGS.flatMap((l) => [
    `${l}/donnees/`,
    `${l}/donnees/dictionnaire/`,
    ...versions.map((v) => `${l}/donnees/${v}/`),
  ]),
];

const site = useServedSite();
let context: BrowserContext;
let tabs: TabPool;

beforeAll(async () => {
  context = await newContext(site.browser, { viewport: { width: SCREEN, height: 640 } });
  tabs = new TabPool(context);
});

describe("release addresses, at 320 px", () => {
  it.concurrent.each(routes)("/%s answers 200 and stays within the screen", async (route) => {
    const seen = await tabs.with(async (page) => {
      const watch = watchPage(page, site.server.origin);
      const response = await page.goto(site.server.url + route, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const overflow = await measureOverflow(page);
      watch.stop();
      return { status: response?.status(), problems: watchProblems(watch), ...overflow };
    });
    expect(seen.status).toBe(200);
    expect(seen.problems, "console errors, failed requests, CSP refusals").toBe("");
    expect(seen.wide).toEqual([]);
    expect(seen.clipped).toEqual([]);
    expect(seen.width).toBeLessThanOrEqual(SCREEN);
  });
});

describe.each(LANGS)("the %s data page at 375 × 667 px", (lang) => {
  it("is at most 12,000 px tall, with the latest zip, CSV and data package in the first screen", async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(`${site.server.url}${lang}/donnees/`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(12_000);
      const bottoms = await page.evaluate(
        (files) =>
          files.map((f) => {
            const a = document.querySelector(`main a[href$="${f}"]`);
            return a ? a.getBoundingClientRect().bottom + window.scrollY : Infinity;
          }),
        [
          `technopark-en-chiffres-${latest}.zip`,
          `${latest}/observations.csv`,
          `${latest}/datapackage.json`,
        ],
      );
      for (const b of bottoms) expect(b).toBeLessThanOrEqual(667);
    } finally {
      await page.close();
    }
  });
});

describe.each(LANGS)("the %s data dictionary at 320 px", (lang) => {
  it("shows every cell of its tables on screen: one card per column or metric, nothing to scroll to", async () => {
    const cells = await tabs.with(async (page) => {
      await page.goto(`${site.server.url}${lang}/donnees/dictionnaire/`, { waitUntil: "load" });
      return page.evaluate(() =>
        [...document.querySelectorAll("main td, main th")].map((c) => {
          const r = c.getBoundingClientRect();
          return { left: r.left, right: r.right };
        }),
      );
    });
    expect(cells.length).toBeGreaterThan(100);
    const off = cells.filter((c) => c.left < -0.5 || c.right > SCREEN + 0.5);
    expect(off).toEqual([]);
  });
});

describe("folded lists", () => {
  it("open when a link names one of their entries", async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.server.url}fr/donnees/`, { waitUntil: "load" });
      const id =
        (await page.evaluate(() => document.querySelector(".errata-list li[id]")?.id)) ?? "";
      expect(id).not.toBe("");
      expect(await page.evaluate((x) => document.getElementById(x)?.checkVisibility(), id)).toBe(
        false,
      );
      await page.goto(`${site.server.url}fr/donnees/#${id}`, { waitUntil: "load" });
      await expect
        .poll(() => page.evaluate((x) => document.getElementById(x)?.checkVisibility(), id))
        .toBe(true);
    } finally {
      await page.close();
    }
  });
});
