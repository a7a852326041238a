import type { BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/site-session.ts";
import { formatNumber } from "../../../src/lib/format/format.ts";
import { listReleases } from "../../../src/lib/release/releases.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";
import { built } from "../../helpers/injected-builds.ts";
import { FIXTURE_VERSION } from "../helpers/fixture-release.ts";

// With a fixture release above every real one (helpers/fixture-release.ts),
// built by the project's setup: an embed pinned to the first release must
// keep the 2016 network jobs figure, 2000; the latest one must show 2100.
const first = listReleases()[0]?.version ?? "1.0.0";

function hostPage(site: string): string {
  const frame = (path: string, slug: string) =>
    `<iframe src="${site}${path}" title="${slug}" data-technopark-chart="${slug}" width="100%" height="150" style="border:0;width:100%"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Press release</title></head><body>
<h1>Press release</h1>
${frame(`embed/${first}/fr/emplois/`, "emplois")}
<p>Between the charts.</p>
${frame("embed/latest/fr/emplois/", "emplois")}
<script src="${site}embed/v1/autoheight.js" async></script>
</body></html>`;
}

/** The host page with, in place of the host script, one that only notes which frames told their height. */
function withoutHostScript(page: string): string {
  const listener = `<script>window.told = new Set();
addEventListener("message", (e) => e.data && e.data.type === "resize" && told.add(e.source));</script>`;
  return page.replace(/<script[^>]*><\/script>/, listener);
}

describe("embeds on another site", () => {
  const session = useBrowser();
  let context: BrowserContext;
  let site: Served;
  let host: Served;
  let page: Page;
  let problems = "";

  beforeAll(async () => {
    site = await serveStatic(built("fixture"));
    host = await serveStatic(undefined, {
      pages: { "/": hostPage(site.url), "/bare.html": withoutHostScript(hostPage(site.url)) },
    });
    context = await newContext(session.browser);
    page = await context.newPage();
    const watch = watchPage(page, host.origin, [site.origin]);
    await page.goto(host.url);
    await page.waitForLoadState("load");
    // Let each frame report its height and the host apply it.
    await page.waitForFunction(() =>
      [...document.querySelectorAll("iframe")].every((f) => f.getBoundingClientRect().height > 150),
    );
    problems = watchProblems(watch);
  });

  afterAll(async () => {
    await site?.close();
    await host?.close();
  });

  const frameAt = (path: string): Frame => {
    const f = page.frames().find((x) => x.url().endsWith(path));
    if (!f) throw new Error(`no frame ${path}`);
    return f;
  };

  it("render both charts, with nothing failing or fetched from elsewhere", async () => {
    expect(problems).toBe("");
    for (const path of [`embed/${first}/fr/emplois/`, "embed/latest/fr/emplois/"]) {
      const f = frameAt(path);
      expect(await f.locator("h1").textContent()).toBe("Emplois");
      expect(await f.locator("svg[role=img]").count()).toBeGreaterThan(0);
    }
  });

  it("size each iframe to its content", async () => {
    for (const path of [`embed/${first}/fr/emplois/`, "embed/latest/fr/emplois/"]) {
      // The frame is cross-origin: measure its content from inside it.
      const content = await frameAt(path).evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      const element = await frameAt(path).frameElement();
      const frame = Math.round((await element.boundingBox())?.height ?? -1);
      expect(content).toBeGreaterThan(150);
      expect(Math.abs(frame - content), path).toBeLessThanOrEqual(1);
    }
  });

  it("keep a pinned embed on its release's figures after a later release", async () => {
    const old = formatNumber(2000, "fr");
    const changed = formatNumber(2100, "fr");
    const pinned = await frameAt(`embed/${first}/fr/emplois/`).locator("main").textContent();
    const latest = await frameAt("embed/latest/fr/emplois/").locator("main").textContent();
    expect(pinned).toContain(old);
    expect(pinned).not.toContain(changed);
    expect(pinned).toContain(`v${first}`);
    expect(latest).toContain(changed);
    expect(latest).toContain(`v${FIXTURE_VERSION}`);
  });

  it("ignore resize messages that do not come from our iframes", async () => {
    const before = await page.$$eval("iframe", (fs) => fs.map((f) => f.style.height));
    // Messages are handled in the order they are posted: once a second one
    // arrives, the host script has had the forged one (it acts at once).
    await page.evaluate(
      () =>
        new Promise<void>((handled) => {
          addEventListener("message", (e) => {
            if (e.data === "test: after") handled();
          });
          postMessage({ source: "technopark-en-chiffres", type: "resize", height: 12 }, "*");
          postMessage("test: after", "*");
        }),
    );
    expect(await page.$$eval("iframe", (fs) => fs.map((f) => f.style.height))).toEqual(before);
  });

  it("show the chart at its fixed height without the host script", async () => {
    const bare = await context.newPage();
    // Served by the host like the page above (a page set with setContent
    // has an opaque origin, which frame-ancestors refuses: its frames would
    // never show the chart). Once both frames have told their height, the
    // page has had what a host script would act on: a condition, where a
    // sleep would guess.
    await bare.goto(`${host.origin}/bare.html`);
    await bare.waitForFunction(() => (window as unknown as { told: Set<unknown> }).told.size === 2);
    for (const frame of bare.frames().slice(1))
      expect(await frame.locator("svg[role=img]").count(), frame.url()).toBeGreaterThan(0);
    expect(
      await bare.$$eval("iframe", (fs) => fs.map((f) => f.getBoundingClientRect().height)),
    ).toEqual([150, 150]);
    await bare.close();
  });
});
