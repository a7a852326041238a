import type { BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/site-session.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";
import { DIST } from "../../helpers/dist.ts";

// An embed with the theme "auto" on another site takes that site's colour
// scheme when the site includes the host script: dark on a dark page even
// when the reader's setting is light, light on a light page even when it
// is dark, and it follows the page when the page switches. Fixed themes
// stay as chosen; without the host script, "auto" follows the reader.
const DARK_BG = "rgb(18, 18, 18)"; // the embed's dark background (#121212)
const LIGHT_BG = "rgb(255, 255, 255)";

function hostPage(site: string, background: string, script: boolean): string {
  const frame = (theme: string) =>
    `<iframe src="${site}embed/latest/fr/emplois/${theme}" title="Emplois ${theme}" data-technopark-chart="emplois" width="100%" height="150" style="border:0;width:100%"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Press release</title>
<style>body { background: ${background}; } body.light { background: #fafafa; }</style></head><body>
<h1>Press release</h1>
${frame("auto/")}
${frame("")}
${script ? `<script src="${site}embed/v1/autoheight.js" async></script>` : ""}
</body></html>`;
}

describe("an embed's auto theme on another site", () => {
  const session = useBrowser();
  let context: BrowserContext;
  let site: Served;
  let host: Served;

  beforeAll(async () => {
    site = await serveStatic(DIST);
    host = await serveStatic(undefined, {
      pages: {
        "/dark.html": hostPage(site.url, "#101820", true),
        "/light.html": hostPage(site.url, "#ffffff", true),
        "/bare.html": hostPage(site.url, "#101820", false),
      },
    });
    context = await newContext(session.browser);
  });

  afterAll(async () => {
    await site?.close();
    await host?.close();
  });

  /** The frames once both have loaded: [auto, light]. */
  async function open(path: string, reader: "light" | "dark"): Promise<[Page, Frame, Frame]> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: reader });
    const watch = watchPage(page, host.origin, [site.origin]);
    await page.goto(host.origin + path, { waitUntil: "load" });
    const auto = page.frames().find((f) => f.url().endsWith("/emplois/auto/"));
    const light = page.frames().find((f) => f.url().endsWith("/emplois/"));
    if (!auto || !light) throw new Error(`${path}: frames not found`);
    await auto.waitForLoadState("load");
    await light.waitForLoadState("load");
    expect(watchProblems(watch)).toBe("");
    return [page, auto, light];
  }
  const background = (f: Frame) =>
    f.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const theme = (f: Frame) => f.evaluate(() => document.documentElement.dataset.theme);

  it("is dark on a dark page when the reader's setting is light", async () => {
    const [page, auto, light] = await open("/dark.html", "light");
    await auto.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await background(auto)).toBe(DARK_BG);
    // A series colour follows too (the palette's dark side).
    const series = await auto.evaluate(
      () => getComputedStyle(document.querySelector(".tp-plot .tp-s1") as Element).color,
    );
    expect(series).not.toBe(
      await light.evaluate(
        () => getComputedStyle(document.querySelector(".tp-plot .tp-s1") as Element).color,
      ),
    );
    expect(await theme(light)).toBe("light");
    expect(await background(light)).toBe(LIGHT_BG);
    await page.close();
  });

  it("is light on a light page when the reader's setting is dark, and follows the page when it changes", async () => {
    const [page, auto] = await open("/light.html", "dark");
    await auto.waitForFunction(() => document.documentElement.dataset.theme === "light");
    expect(await background(auto)).toBe(LIGHT_BG);
    await page.evaluate(() => {
      document.body.style.background = "#0d0d0d";
    });
    await auto.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await background(auto)).toBe(DARK_BG);
    await page.evaluate(() => {
      document.body.style.background = "";
      document.body.className = "light";
    });
    await auto.waitForFunction(() => document.documentElement.dataset.theme === "light");
    await page.close();
  });

  it("follows the reader's setting without the host script", async () => {
    const [page, auto] = await open("/bare.html", "dark");
    // Nothing to wait for: the frame has loaded and no script can tell it.
    expect(await theme(auto)).toBe("auto");
    expect(await background(auto)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background(auto)).toBe(LIGHT_BG);
    await page.close();
  });
});
