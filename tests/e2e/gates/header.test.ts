import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { LANGS, type Lang } from "../../../src/i18n/index.ts";
import { newContext } from "../../../scripts/lib/browser.ts";
import { DIST } from "../../helpers/dist.ts";

// A phone reader's way through the site (issue 25), in Chromium:
// - the header, at 320 and 375 px, in every language, on pages of each
//   kind: at most 64 px tall (it was 178: the nav wrapped on two lines),
//   every link and button in it at least 24 × 24 px, "À propos" a tap on
//   the menu away, the menu opening without JavaScript;
// - a figure's page at 375 × 667: its value (qualifier included), year and
//   source on the first screen, the citation's copy button within two
//   screens (the value was at 408 px, "Copier la citation" at 2,543 px),
//   on the figures with the longest titles and the longest page;
// - the «sources divergentes» mark of a home card leads to that figure's
//   own list of other sources, in view.

const HEADER_MAX = 64;
const TARGET_MIN = 24;
const SCREEN_HEIGHT = 667;
const WIDTHS = [320, 375] as const;

const site = useServedSite();

/** The figure pages built in `lang`, by id. */
const figureIds = (lang: Lang) =>
  readdirSync(join(DIST, lang, "chiffres"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes("."))
    .map((d) => d.name);
const figureFile = (lang: Lang, id: string) => join(DIST, lang, "chiffres", id, "index.html");
const titleLength = (lang: Lang, id: string) =>
  /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(figureFile(lang, id), "utf8"))?.[1]?.length ?? 0;

/** The two figures with the longest titles, and the one with the longest page. */
function sampleFigures(lang: Lang): string[] {
  const ids = figureIds(lang);
  const byTitle = [...ids].sort((a, b) => titleLength(lang, b) - titleLength(lang, a));
  const bySize = [...ids].sort(
    (a, b) => statSync(figureFile(lang, b)).size - statSync(figureFile(lang, a)).size,
  );
  return [...new Set([...byTitle.slice(0, 2), bySize[0] as string])];
}

/** A page of each kind: home, chart, figure (longest title), data, about. */
const headerPages = (lang: Lang) => [
  `${lang}/`,
  `${lang}/graphiques/emplois/`,
  `${lang}/chiffres/${sampleFigures(lang)[0]}/`,
  `${lang}/donnees/`,
  `${lang}/a-propos/`,
];

/** The box of every shown link, button and menu toggle of the header. */
async function headerTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".site-header :is(a, button, summary)")]
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      // A closed menu's links have boxes but are not shown: checkVisibility says so.
      .filter(({ e, box }) => box.width > 1 && e.checkVisibility({ visibilityProperty: true }))
      .map(({ e, box }) => ({
        what: `${e.tagName.toLowerCase()} "${(e.textContent ?? "").trim().slice(0, 30)}"`,
        width: box.width,
        height: box.height,
      })),
  );
}

describe.each(LANGS)("the header in %s", (lang) => {
  for (const width of WIDTHS)
    it(`is at most ${HEADER_MAX} px tall at ${width} px, its targets at least ${TARGET_MIN} px`, async () => {
      const context = await newContext(site.browser, {
        viewport: { width, height: SCREEN_HEIGHT },
      });
      const page = await context.newPage();
      for (const route of headerPages(lang)) {
        await page.goto(site.server.url + route);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        // With JavaScript, the search button is shown beside the menu.
        expect(await page.locator(".site-header .tp-search-toggle").isVisible(), route).toBe(true);
        const height = await page
          .locator(".site-header")
          .evaluate((e) => e.getBoundingClientRect().height);
        expect(height, `${route} header height`).toBeLessThanOrEqual(HEADER_MAX);
        // Its hidden words (each language's name) widen nothing.
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, `${route} document width`).toBeLessThanOrEqual(width);
        const targets = await headerTargets(page);
        // The name, three languages, the search button and the menu.
        expect(targets.length, route).toBe(6);
        for (const t of targets) {
          expect(t.width, `${route} ${t.what} width`).toBeGreaterThanOrEqual(TARGET_MIN);
          expect(t.height, `${route} ${t.what} height`).toBeGreaterThanOrEqual(TARGET_MIN);
        }
      }
      await context.close();
    });

  it.each([
    ["enabled", true],
    ["disabled", false],
  ])(
    "opens its menu at 320 px with JavaScript %s, «À propos» in it, every link a target",
    async (_label, javaScriptEnabled) => {
      const context = await newContext(site.browser, {
        viewport: { width: 320, height: SCREEN_HEIGHT },
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${lang}/graphiques/emplois/`);
      const about = page.locator(`.site-header details a[href$="/${lang}/a-propos/"]`);
      expect(await about.isVisible()).toBe(false);
      await page.locator(".site-header summary").click();
      expect(await about.isVisible()).toBe(true);
      const menu = page.locator(".site-header details[open] a");
      expect(await menu.count()).toBe(7);
      for (const link of await menu.all()) {
        const box = await link.boundingBox();
        expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(TARGET_MIN);
      }
      // Open, the menu lies over the page: the header keeps its height.
      const height = await page
        .locator(".site-header")
        .evaluate((e) => e.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(HEADER_MAX);
      await about.click();
      await page.waitForURL(`**/${lang}/a-propos/`);
      expect(await page.locator("main h1").textContent()).toBeTruthy();
      await context.close();
    },
  );

  it("shows the main links in a row at 1280 px, without the menu", async () => {
    const context = await newContext(site.browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${lang}/`);
    expect(await page.locator(".site-header summary").isVisible()).toBe(false);
    const links = page.locator(".site-header .nav-wide a");
    expect(await links.count()).toBe(7);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    await context.close();
  });
});

describe.each(LANGS)("a figure's page in %s at 375 × 667", (lang) => {
  it.each(sampleFigures(lang))(
    "%s: value, year and source on the first screen, the copy button within two",
    async (id) => {
      const context = await newContext(site.browser, {
        viewport: { width: 375, height: SCREEN_HEIGHT },
      });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${lang}/chiffres/${id}/`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const bottom = async (selector: string) => {
        const box = await page.locator(selector).first().boundingBox();
        if (!box) throw new Error(`${selector}: not shown`);
        return box.y + box.height;
      };
      // The value as published, its qualifier in it ("plus de 700").
      const html = readFileSync(figureFile(lang, id), "utf8");
      const value = (await page.locator(".fig-value").textContent())?.trim() ?? "";
      expect(value.length).toBeGreaterThan(0);
      expect(html).toContain(`data-pagefind-meta="figure">${value} · `);
      expect(await bottom(".fig-value")).toBeLessThanOrEqual(SCREEN_HEIGHT);
      // Its year and its source's publisher, under it.
      const byline = (await page.locator(".fig-byline").textContent()) ?? "";
      const year = /data-pagefind-meta="figure">[^<]* · ([^<]+)</.exec(html)?.[1] ?? "?";
      expect(byline).toContain(year);
      const publisher = await page.locator(".fig-byline a").textContent();
      expect(await page.locator("main .source").first().textContent()).toContain(publisher);
      expect(await bottom(".fig-byline")).toBeLessThanOrEqual(SCREEN_HEIGHT);
      // The citation's copy button (shown by its script) within two screens.
      const copy = page.locator("button.tp-copy").first();
      expect(await copy.isVisible()).toBe(true);
      expect(await bottom("button.tp-copy")).toBeLessThanOrEqual(2 * SCREEN_HEIGHT);
      await context.close();
    },
  );
});

describe.each(LANGS)("«sources divergentes» on the %s home page", (lang) => {
  it("leads to that figure's own list of other sources, in view", async () => {
    const context = await newContext(site.browser, {
      viewport: { width: 375, height: SCREEN_HEIGHT },
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${lang}/`);
    const card = page.locator(".key-figure:has(.key-diverge)").first();
    const id = await card.getAttribute("id");
    const others = await card
      .locator(".key-others a:not(.key-diverge)")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(others.length).toBeGreaterThan(0);
    await card.locator(".key-diverge").click();
    await page.waitForURL(`**/${lang}/chiffres/${id}/#autres-sources`);
    const heading = page.locator("#autres-sources");
    const box = await heading.boundingBox();
    // Scrolled to its top edge, give or take a fraction of a pixel.
    expect(box?.y, "the section's heading, from the screen's top").toBeGreaterThan(-1);
    expect(box?.y).toBeLessThan(SCREEN_HEIGHT);
    // The card's other readings are that section's list.
    const listed = await page
      .locator(".fig-others a")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const other of others) expect(listed).toContain(other);
    await context.close();
  });
});
