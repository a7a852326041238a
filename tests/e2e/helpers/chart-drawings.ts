import type { Page } from "playwright-core";
import { beforeAll, it } from "vitest";
import { LANGS } from "../../../src/i18n/index.ts";
import { newContext, TabPool } from "../../../scripts/lib/browser.ts";
import { pageKind } from "../../../scripts/lib/site-pages.ts";
import type { SiteSession } from "./site-session.ts";

// Every chart drawing a reader sees, and how the gates that measure them
// in Chromium (chart-geometry, chart-text) visit each: one list of pages
// and one loop, so the two gates check the same drawings the same way.

/** The widths a page's drawings are measured at, in CSS px. */
export const WIDTHS = [320, 375, 768, 1280] as const;
/** The colour schemes a page is measured under (emulateMedia). */
export const SCHEMES = ["light", "dark"] as const;

/** A page (or a file) to measure, at each of `widths`. */
export interface DrawingCase {
  path: string;
  widths: readonly number[];
}

/**
 * The cases of every chart drawing of the built site whose pages are `all`
 * (sitePages): every chart page, every `latest` embed and the home page,
 * and the first figure page of each language (figure pages draw the same
 * charts from one template), then `more` pages, each at WIDTHS; then the
 * downloadable SVG of each chart page, a fixed-size image, at 1280 px only.
 */
export function chartDrawingCases(
  all: readonly string[],
  more: readonly string[] = [],
): DrawingCase[] {
  const figurePages = LANGS.flatMap(
    (lang) =>
      all.find((p) => p.startsWith(`/${lang}/chiffres/`) && p.split("/").length === 5) ?? [],
  );
  const pages = [
    ...all.filter((p) => {
      const kind = pageKind(p);
      return (
        kind === "chart" || kind === "home" || (kind === "embed" && p.startsWith("/embed/latest/"))
      );
    }),
    ...figurePages,
    ...more,
  ];
  const downloads = pages.filter((p) => pageKind(p) === "chart").map((p) => `${p}chart.svg`);
  return [
    ...pages.map((path) => ({ path, widths: WIDTHS })),
    ...downloads.map((path) => ({ path, widths: [1280] })),
  ];
}

/**
 * One test per case, named by its path and widths, pages a few at a time
 * (maxConcurrency) in tabs of one browser. Each is opened once (`open`, by
 * default its path on the served site): the pages are static, so a page
 * resized to a width lays out as one loaded at that width. At each width,
 * once the fonts are ready, `measureAt` gives the problems seen under each
 * colour scheme, or once, in light, for an embed (its theme is its path's)
 * or an image (a download or a card: its colours are its own, `fixed`);
 * the test expects none. Call it inside a describe of the gate's file.
 */
export function measureEachCase<C extends DrawingCase>(
  site: SiteSession,
  cases: readonly C[],
  measureAt: (page: Page, c: C, width: number, scheme: string) => Promise<string[]>,
  options: { open?: (page: Page, c: C) => Promise<void>; fixed?: (c: C) => boolean } = {},
): void {
  let tabs: TabPool;
  beforeAll(async () => {
    tabs = new TabPool(await newContext(site.browser, { viewport: { width: 1280, height: 900 } }));
  });
  it.concurrent.for(cases)("$path at $widths px", async (c, { expect }) => {
    await tabs.with(async (page) => {
      if (options.open) await options.open(page, c);
      else await page.goto(site.server.url + c.path.slice(1), { waitUntil: "load" });
      const fixed =
        pageKind(c.path) === "embed" || c.path.endsWith(".svg") || (options.fixed?.(c) ?? false);
      const problems: string[] = [];
      for (const width of c.widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        for (const scheme of fixed ? ["light"] : SCHEMES)
          problems.push(...(await measureAt(page, c, width, scheme)));
      }
      expect(problems.join("\n")).toBe("");
    });
  });
}
