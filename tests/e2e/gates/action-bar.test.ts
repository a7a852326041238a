import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { chartsWithData } from "../../../src/charts/index.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { launchChromium, newContext } from "../../../scripts/lib/browser.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";
import { DIST } from "../../helpers/dist.ts";

// Every chart page, in every language, on a phone (375 px) and a laptop
// (1280 px), with JavaScript off: the action bar sits right between the
// chart and its table, and its links lead, in page order, to the sections
// Données, Sources, Télécharger, Intégrer, Citer. Each page loaded once,
// then resized.
const SECTIONS = ["donnees", "sources", "telecharger", "integrer", "citer"];
const WIDTHS = [375, 1280];
const pages = LANGS.flatMap((lang) =>
  chartsWithData(siteData().dataset).map((c) => `/${lang}/graphiques/${c.slug}/`),
);

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  context = await newContext(browser, {
    javaScriptEnabled: false,
    viewport: { width: WIDTHS[0] as number, height: 900 },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the chart page's action bar", () => {
  it.concurrent.for(pages)(
    "%s: between chart and table, in page order",
    async (path, { expect }) => {
      const page = await context.newPage();
      try {
        await page.goto(server.url + path.slice(1), { waitUntil: "load" });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          const m = await page.evaluate(() => {
            const top = (el: Element | null) =>
              el ? el.getBoundingClientRect().top + scrollY : NaN;
            const bottom = (el: Element | null) =>
              el ? el.getBoundingClientRect().bottom + scrollY : NaN;
            const bar = document.querySelector("main nav.tp-actions");
            const links = [...(bar?.querySelectorAll("a") ?? [])];
            return {
              chartBottom: bottom(document.querySelector("main figure.tp-chart")),
              barTop: top(bar),
              barBottom: bottom(bar),
              tableTop: top(document.querySelector("main table.tp-table")),
              visible: links.every(
                (a) => a.checkVisibility() && a.getBoundingClientRect().width > 0,
              ),
              hrefs: links.map((a) => a.getAttribute("href")),
              targets: links.map((a) => top(document.getElementById(a.hash.slice(1)))),
            };
          });
          const at = `${path} at ${width} px`;
          expect.soft(m.hrefs, `${at}: links`).toEqual(SECTIONS.map((s) => `#${s}`));
          expect.soft(m.visible, `${at}: every link shown`).toBe(true);
          expect.soft(m.barTop, `${at}: bar below the chart`).toBeGreaterThanOrEqual(m.chartBottom);
          expect.soft(m.tableTop, `${at}: table below the bar`).toBeGreaterThanOrEqual(m.barBottom);
          const sorted = [...m.targets].sort((a, b) => a - b);
          expect.soft(m.targets, `${at}: sections in the bar's order`).toEqual(sorted);
          expect.soft(m.targets.every(Number.isFinite), `${at}: every section exists`).toBe(true);
        }
      } finally {
        await page.close();
      }
    },
  );
});
