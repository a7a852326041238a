import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import {
  launchChromium,
  loadLazyFrames,
  newContext,
  watchPage,
  watchProblems,
} from "../../../scripts/lib/browser.ts";
import { fileOf, sitePages } from "../../../scripts/lib/site-pages.ts";
import { schemeStyles } from "../helpers/scheme-styles.ts";

// Every page of the production-like build (built under a sub-path with
// SITE_URL, served under that sub-path and nothing at the root), so every
// language, in light and dark, loaded ONCE in Chromium for two gates:
// axe-core finds no violation in either colour scheme, and the page loads
// cleanly (nothing from another origin, no failed request — an asset that
// forgets the base path is one —, no console error — a Content-Security-
// Policy refusal is one —, no uncaught exception). The root build (DIST)
// gets the same links checked statically (links.test.ts).
// A few pages at a time (maxConcurrency in vitest.config.ts), tabs of one
// browser: axe is CPU-bound, two cores do not gain from more.
const { dist, base, origin, url } = inject("extraBuilds").subPath;
const pages = sitePages(dist, base).all;
const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];
const REFRESH = /<meta[^>]+http-equiv="?refresh/i;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await newContext(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe(`every page in Chromium (built under ${base})`, () => {
  it.concurrent.for(pages)(
    "%s: no axe violation (light and dark), nothing refused, failed or fetched elsewhere",
    async (path, { expect }) => {
      const page = await context.newPage();
      try {
        const watch = watchPage(page, origin);
        const address = url + path.slice(1);
        await page.goto(address, { waitUntil: "load" });
        // A meta refresh ("/" → "/fr/") moves on: check the page it lands on.
        if (REFRESH.test(readFileSync(join(dist, fileOf(dist, path) as string), "utf8")))
          await page.waitForURL((u) => u.href !== address, { waitUntil: "load" });
        await loadLazyFrames(page);
        // axe-core is most of the time spent here: a page that looks the
        // same in both schemes (an embed with a fixed theme) is analysed once.
        const styles = new Map<string, string>();
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          styles.set(scheme, await schemeStyles(page));
        }
        const same = styles.get("light") === styles.get("dark");
        const schemes: readonly Scheme[] = same ? ["light"] : SCHEMES;
        const violations: string[] = [];
        for (const scheme of schemes) {
          await page.emulateMedia({ colorScheme: scheme });
          const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
          for (const v of results.violations)
            violations.push(
              `${path} [${same ? "light and dark" : scheme}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 5)
                .map((n) => n.target.join(" "))
                .join(" | ")}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ""}`,
            );
        }
        expect.soft(violations.join("\n"), "axe-core violations").toBe("");
        expect.soft(watchProblems(watch), "page load problems").toBe("");
      } finally {
        await page.close();
      }
    },
  );
});
