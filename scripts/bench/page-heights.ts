import type { Browser } from "playwright-core";
import { newContext } from "../lib/browser.ts";
import { markdownTable, verdict } from "./markdown.ts";

/**
 * Each chart page's height at 1280 px before #15 moved its reference
 * sections into two columns: measured with JavaScript off on the build of
 * c24f9b9^ (data 2.0.0). #15 asks for each page at least a third shorter.
 * A chart added since has no baseline and is reported without a verdict.
 */
export const HEIGHT_BEFORE_15: Readonly<Record<string, number>> = {
  "/fr/graphiques/chiffre-affaires/": 5784,
  "/fr/graphiques/emplois/": 6422,
  "/fr/graphiques/entreprises/": 13290,
  "/fr/graphiques/entreprises-par-site/": 5001,
  "/fr/graphiques/nouvelles-entreprises/": 4147,
  "/fr/graphiques/part-marche-tic/": 3114,
  "/fr/graphiques/taux-occupation/": 4022,
  "/en/graphiques/chiffre-affaires/": 5631,
  "/en/graphiques/emplois/": 6367,
  "/en/graphiques/entreprises/": 13315,
  "/en/graphiques/entreprises-par-site/": 4976,
  "/en/graphiques/nouvelles-entreprises/": 4071,
  "/en/graphiques/part-marche-tic/": 3110,
  "/en/graphiques/taux-occupation/": 3971,
  "/ar/graphiques/chiffre-affaires/": 5325,
  "/ar/graphiques/emplois/": 6093,
  "/ar/graphiques/entreprises/": 12400,
  "/ar/graphiques/entreprises-par-site/": 4619,
  "/ar/graphiques/nouvelles-entreprises/": 3946,
  "/ar/graphiques/part-marche-tic/": 2989,
  "/ar/graphiques/taux-occupation/": 3821,
};

export interface PageHeight {
  path: string;
  /** Document height in CSS pixels at a phone's width and at a laptop's. */
  at375: number;
  at1280: number;
}

/**
 * The document height of each page (a site path, under `origin`) at 375
 * and 1280 px, JavaScript off: what a reader scrolls through.
 */
export async function pageHeights(
  browser: Browser,
  origin: string,
  paths: readonly string[],
): Promise<PageHeight[]> {
  const context = await newContext(browser, {
    javaScriptEnabled: false,
    viewport: { width: 375, height: 900 },
  });
  const page = await context.newPage();
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const rows: PageHeight[] = [];
  try {
    for (const path of paths) {
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(origin + path.slice(1), { waitUntil: "load" });
      const at375 = await height();
      await page.setViewportSize({ width: 1280, height: 900 });
      rows.push({ path, at375, at1280: await height() });
    }
    return rows;
  } finally {
    await context.close();
  }
}

/** The heights, and at 1280 px the change since before #15 with its verdict. */
export function heightsTable(rows: readonly PageHeight[]): string {
  return markdownTable(
    ["page", "375 px", "1280 px", "before #15 (1280 px)", "change", "budget"],
    rows.map((r) => {
      const before = HEIGHT_BEFORE_15[r.path];
      const change = before === undefined ? undefined : r.at1280 / before - 1;
      return [
        r.path,
        `${r.at375} px`,
        `${r.at1280} px`,
        before === undefined ? "—" : `${before} px`,
        change === undefined ? "—" : `${(change * 100).toFixed(1)} %`,
        verdict(change === undefined ? undefined : change <= -1 / 3, "a third shorter at 1280 px"),
      ];
    }),
  );
}
