import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DIST } from "../../helpers/dist.ts";
import { launchChromium, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { fileOf, sitePages } from "../../../scripts/lib/site-pages.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

// Every page of the build (sitemap plus unlisted HTML: embeds, redirects),
// so every language, in light and dark. One load per page serves two
// gates: axe-core finds no violation in either colour scheme, and the page
// loads cleanly (nothing from another origin, no failed request, no console
// error — a Content-Security-Policy refusal is one — no uncaught exception).
// Two pages at a time (maxConcurrency in vitest.config.ts): axe is CPU-bound.
const pages = sitePages(DIST).all;
const SCHEMES = ["light", "dark"] as const;
const REFRESH = /<meta[^>]+http-equiv="?refresh/i;

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("every page in Chromium", () => {
  it.concurrent.for(pages)(
    "%s: no axe violation (light and dark), nothing refused, failed or fetched elsewhere",
    async (path, { expect }) => {
      const page = await context.newPage();
      try {
        const watch = watchPage(page, server.origin);
        const url = server.url + path.slice(1);
        await page.goto(url, { waitUntil: "load" });
        // A meta refresh ("/" → "/fr/") moves on: check the page it lands on.
        if (REFRESH.test(readFileSync(join(DIST, fileOf(DIST, path) as string), "utf8")))
          await page.waitForURL((u) => u.href !== url, { waitUntil: "load", timeout: 10_000 });
        // Lazy frames (an embed preview) load only when scrolled near: load
        // them all, so that what axe sees does not depend on the page height.
        for (const frame of await page.locator('iframe[loading="lazy"]').all()) {
          await frame.scrollIntoViewIfNeeded();
          await (
            await frame.elementHandle()
          )
            ?.contentFrame()
            .then((f) => f?.waitForLoadState("load"));
        }
        const violations: string[] = [];
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
          for (const v of results.violations)
            violations.push(
              `${path} [${scheme}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes
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
