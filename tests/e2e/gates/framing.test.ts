import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/site-session.ts";
import { DIST } from "../../helpers/dist.ts";
import { newContext } from "../../../scripts/lib/browser.ts";
import { hostPage } from "../helpers/host-page.ts";
import { pageOfEachKind, sitePages } from "../../../scripts/lib/site-pages.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

// public/_headers as a host applies it (the test server does): pages refuse
// to be framed by another site, embeds may be.
const chosen = pageOfEachKind(sitePages(DIST).all);
const content = chosen.get("home") ?? "/fr/";
const embed = chosen.get("embed");

let site: Served;
let host: Served;
const session = useBrowser();

beforeAll(async () => {
  site = await serveStatic(DIST);
  const frame = (path: string) =>
    hostPage(`<iframe src="${site.origin}${path}" title="x"></iframe>`);
  host = await serveStatic(undefined, {
    pages: { "/page.html": frame(content), ...(embed ? { "/embed.html": frame(embed) } : {}) },
  });
});

afterAll(async () => {
  await host?.close();
  await site?.close();
});

/** What another site shows when it frames `hostPath`'s iframe: our page, or Chromium's error page. */
async function framedUrl(hostPath: string): Promise<string> {
  const context = await newContext(session.browser);
  try {
    const page = await context.newPage();
    await page.goto(host.origin + hostPath, { waitUntil: "load" });
    const frame = await (await page.locator("iframe").elementHandle())?.contentFrame();
    return frame?.url() ?? "";
  } finally {
    await context.close();
  }
}

describe("framing by another site", () => {
  it(`is refused for a page of the site (${content})`, async () => {
    expect(await framedUrl("/page.html")).not.toBe(site.origin + content);
  });

  it.skipIf(!embed)(`is allowed for an embed (${embed ?? "none built yet"})`, async () => {
    expect(await framedUrl("/embed.html")).toBe(site.origin + (embed as string));
  });
});
