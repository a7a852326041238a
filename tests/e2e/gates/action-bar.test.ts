import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { chartsWithData } from "../../../src/charts/index.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { newContext } from "../../../scripts/lib/browser.ts";

// Every chart page, in every language, on a phone (375 px) and a laptop
// (1280 px), with JavaScript off: the action bar sits right between the
// chart and its table, and its links lead, in page order, to the sections
// Données, Sources, Télécharger, Intégrer, Citer. On the laptop the
// reference sections sit in two columns wider than the text (the data
// beside the sources), so the page is a third shorter than a single
// column. Each page loaded once, then resized.
const SECTIONS = ["donnees", "sources", "telecharger", "integrer", "citer"];
const WIDTHS = [375, 1280];
const pages = LANGS.flatMap((lang) =>
  chartsWithData(siteData().dataset).map((c) => `/${lang}/graphiques/${c.slug}/`),
);

const site = useServedSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await newContext(site.browser, {
    javaScriptEnabled: false,
    viewport: { width: WIDTHS[0] as number, height: 900 },
  });
});

describe("the chart page's action bar", () => {
  it.concurrent.for(pages)(
    "%s: between chart and table, in page order",
    async (path, { expect }) => {
      const page = await context.newPage();
      try {
        await page.goto(site.server.url + path.slice(1), { waitUntil: "load" });
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
              // The data and the sources: [top, left, width] of each section.
              columns: ["donnees", "sources"].map((id) => {
                const r = document.getElementById(id)?.closest("section")?.getBoundingClientRect();
                return r ? [Math.round(r.top), Math.round(r.left), Math.round(r.width)] : [];
              }),
              main: document.querySelector("main")?.getBoundingClientRect().width ?? 0,
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
          const [data, sources] = m.columns as [number[], number[]];
          if (width >= 1280) {
            expect.soft(sources[0], `${at}: sources level with the data`).toBe(data[0]);
            expect.soft(sources[1], `${at}: sources beside the data`).not.toBe(data[1]);
            const both = (data[2] ?? 0) + (sources[2] ?? 0);
            expect.soft(both, `${at}: two columns wider than the text`).toBeGreaterThan(m.main);
          } else {
            expect.soft(sources[0], `${at}: sources below the data`).toBeGreaterThan(data[0] ?? 0);
            expect.soft(sources[1], `${at}: one column`).toBe(data[1]);
          }
        }
      } finally {
        await page.close();
      }
    },
  );
});
