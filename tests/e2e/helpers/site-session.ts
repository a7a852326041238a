import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../../scripts/lib/browser.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";
import { DIST } from "../../helpers/dist.ts";

/** Debian's Chromium, launched before a file's tests and closed after them. */
export interface BrowserSession {
  readonly browser: Browser;
}

/** A built site served locally, and Chromium, for a file's tests. */
export interface SiteSession extends BrowserSession {
  readonly server: Served;
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: read it inside a test or hook`);
  return value;
}

/**
 * Registers the hooks that launch Chromium for the calling test file and
 * close it after its last test. Hooks a file registers later run after
 * this one's beforeAll and before its afterAll.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return ready(browser, "Chromium");
    },
  };
}

/**
 * Registers the hooks that serve a build (DIST unless named; a function is
 * read when the hooks run, for a build the global setup provides) and
 * launch Chromium for the calling test file, and stop both after it.
 */
export function useServedSite(dist: string | (() => string) = DIST): SiteSession {
  let server: Served | undefined;
  const session = useBrowser();
  beforeAll(async () => {
    server = await serveStatic(typeof dist === "function" ? dist() : dist);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get browser() {
      return session.browser;
    },
    get server() {
      return ready(server, "The site's server");
    },
  };
}
