import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, it } from "vitest";
import { useBrowser } from "../helpers/site-session.ts";
import { built } from "../../helpers/injected-builds.ts";
import {
  loadLazyFrames,
  newContext,
  TabPool,
  watchPage,
  watchProblems,
} from "../../../scripts/lib/browser.ts";
import { fileOf, sitePages } from "../../../scripts/lib/site-pages.ts";
import { measureOverflow } from "../helpers/overflow.ts";
import { oneOfEachShape, withoutThemeTwins } from "../helpers/page-shapes.ts";

// Every page of the production-like build (built under a sub-path with
// SITE_URL, served under that sub-path and nothing at the root), so every
// language and every embed, loaded ONCE in Chromium, for three gates:
//
// 1. it loads cleanly: nothing from another origin, no failed request (an
//    asset that forgets the base path is one), no console error (a
//    Content-Security-Policy refusal is one), no uncaught exception;
// 2. on the narrowest phone screen, 320 px, the document is no wider than
//    the screen (nothing to scroll sideways but the tables and code blocks
//    made to scroll), and no element clips its own text (as a file size once
//    lost its first digit);
// 3. axe-core finds no violation, in light and in dark, at 1280 px, on one
//    page of each shape (helpers/page-shapes.ts: direction, and elements by
//    tag, class and role). The 354 figure pages are one template filled with
//    other figures, as are the embeds of each chart, and a French page and
//    its English one differ in words only; axe's findings depend on the
//    elements and their styles, so a shape's first page stands for it. That
//    is 44 pages instead of 656, and what made this gate take 25 minutes.
//
// An embed's light and dark variants are its `auto` one with another theme
// attribute and nothing else (withoutThemeTwins compares the files): the
// `auto` one is loaded for them, and, analysed by axe in both schemes,
// shows both palettes. 494 pages of 656.
//
// axe-core (about 550 kB) is given to those pages as an init script, parsed
// as the page loads, not injected afresh for each analysis. Pages a few at a
// time (maxConcurrency in vitest.config.ts), in tabs of one browser that are
// reused, not opened for each page.
const { dist, base, origin, url } = built("subPath");
const pages = withoutThemeTwins(dist, sitePages(dist, base).all);
const analysed = oneOfEachShape(dist, pages);
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PHONE = { width: 320, height: 800 };
const DESKTOP = { width: 1280, height: 720 };
const SCHEMES = ["light", "dark"] as const;
const REFRESH = /<meta[^>]+http-equiv="?refresh/i;

const session = useBrowser();
let plain: TabPool;
let withAxe: TabPool;

beforeAll(async () => {
  const reset = async (page: Page) => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: "light" });
  };
  // Only axe's tabs leave the phone width and light scheme; they are reset.
  plain = new TabPool(await newContext(session.browser, { viewport: PHONE }));
  const axeContext: BrowserContext = await newContext(session.browser, { viewport: PHONE });
  await axeContext.addInitScript({ content: AXE });
  withAxe = new TabPool(axeContext, reset);
});

/**
 * axe-core's violations on the page's own document (each iframe is a page
 * of its own here, analysed as such), one line each, naming rule, impact
 * and the first elements.
 */
async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Axe = {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const { violations } = await axe.run(
      { exclude: [["iframe"]] },
      { resultTypes: ["violations"] },
    );
    return violations.map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => n.target.join(" "));
      const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : "";
      return `${v.id} (${v.impact}): ${v.help} — ${targets.join(" | ")}${more}`;
    });
  });
}

describe(`every page in Chromium (built under ${base}; ${pages.length} pages once theme twins are left out; axe on ${analysed.size}, one of each shape)`, () => {
  it.concurrent.for(pages)(
    "%s: loads cleanly, fits a 320 px screen, no axe violation (light and dark)",
    async (path, { expect }) => {
      const axe = analysed.has(path);
      await (axe ? withAxe : plain).with(async (page) => {
        const watch = watchPage(page, origin);
        const address = url + path.slice(1);
        await page.goto(address, { waitUntil: "load" });
        // A meta refresh ("/" → "/fr/") moves on: check the page it lands on.
        if (REFRESH.test(readFileSync(join(dist, fileOf(dist, path) as string), "utf8")))
          await page.waitForURL((u) => u.href !== address, { waitUntil: "load" });
        await loadLazyFrames(page);
        // Measured with the page's own fonts (Arabic's is a web font).
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const m = await measureOverflow(page);
        expect
          .soft(m.wide.join("\n"), `${path}: elements wider than the ${m.screen} px screen`)
          .toBe("");
        expect.soft(m.width, `${path}: document width`).toBeLessThanOrEqual(PHONE.width);
        expect.soft(m.clipped.join("\n"), `${path}: text cut by overflow`).toBe("");
        if (axe) {
          await page.setViewportSize(DESKTOP);
          const violations: string[] = [];
          for (const scheme of SCHEMES) {
            await page.emulateMedia({ colorScheme: scheme });
            for (const v of await axeViolations(page)) violations.push(`${path} [${scheme}] ${v}`);
          }
          expect.soft(violations.join("\n"), "axe-core violations").toBe("");
        }
        watch.stop();
        expect.soft(watchProblems(watch), "page load problems").toBe("");
      });
    },
  );
});
