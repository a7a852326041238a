import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/site-session.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

// The watch every browser test relies on: it must tell a page that failed
// from a request the browser dropped on purpose.
const head = (extra: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${extra}</head><body><p>t</p></body></html>`;

let server: Served;
const session = useBrowser();

beforeAll(async () => {
  server = await serveStatic(undefined, {
    pages: {
      "/redirect.html": head(
        '<link rel="icon" href="/held-icon.svg"><meta http-equiv="refresh" content="0; url=/target.html">',
      ),
      "/target.html": head('<link rel="icon" href="data:,">'),
      "/missing.html": head(
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="/nope.css">',
      ),
    },
  });
});

afterAll(async () => {
  await server?.close();
});

async function problemsOf(path: string): Promise<string> {
  const context = await newContext(session.browser);
  try {
    const page = await context.newPage();
    // The icon is never answered, so it is surely still loading when the
    // meta refresh leaves the page: Chromium then cancels it.
    await page.route("**/held-icon.svg", () => undefined);
    const watch = watchPage(page, server.origin);
    await page.goto(server.origin + path);
    if (path === "/redirect.html")
      await page.waitForURL(`${server.origin}/target.html`, { waitUntil: "load" });
    return watchProblems(watch);
  } finally {
    await context.close();
  }
}

describe("watchPage", () => {
  it("does not count a request cancelled because its page moved on (a redirect's icon)", async () => {
    expect(await problemsOf("/redirect.html")).toBe("");
  });

  it("counts a missing stylesheet: its 404, Chromium dropping it, its console error", async () => {
    expect((await problemsOf("/missing.html")).split("\n")).toEqual([
      `failed request: ${server.origin}/nope.css (HTTP 404)`,
      `failed request: ${server.origin}/nope.css (net::ERR_ABORTED)`,
      "console error: Failed to load resource: the server responded with a status of 404 (Not Found)",
    ]);
  });
});
