import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { brokenLinks, describeFindings, outsideReferences } from "../helpers/link-check.ts";
import { sitePages } from "../../../scripts/lib/site-pages.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

// The site as GitHub Pages serves it: built with BASE_PATH (a sub-path) and
// SITE_URL (its public origin), served under that sub-path and nothing at
// the root, so any link or asset that forgets the base breaks here.
const { dist, base, port, siteUrl } = inject("extraBuilds").subPath;
const pages = sitePages(dist, base).all;

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(dist, { base, port });
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`the site built under ${base}`, () => {
  it("names no internal URL outside the base or missing from the build", () => {
    expect(describeFindings(brokenLinks(dist, { base, siteUrl }))).toBe("");
  });

  it("references no other origin (its absolute URLs are its own)", () => {
    expect(describeFindings(outsideReferences(dist, { base, siteUrl }))).toBe("");
  });

  it.concurrent.for(pages)(
    "%s loads in Chromium with every asset found",
    async (path, { expect }) => {
      const page = await context.newPage();
      try {
        const watch = watchPage(page, server.origin);
        await page.goto(server.url + path.slice(1), { waitUntil: "load" });
        expect(watchProblems(watch)).toBe("");
      } finally {
        await page.close();
      }
    },
  );
});
