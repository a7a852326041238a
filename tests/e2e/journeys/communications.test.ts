import { describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { latestRelease } from "../../../src/lib/release/releases.ts";
import { DIST } from "../../helpers/dist.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { hostPage, pointSnippetAt } from "../helpers/host-page.ts";
import { pageKind, sitePages } from "../../../scripts/lib/site-pages.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

// The chart page whose "Embed" section the team copies from (issue 5).
const chartPage = sitePages(DIST).all.find((p) => p.startsWith("/fr/") && pageKind(p) === "chart");

const site = useServedSite();

describe("communications: copy the embed snippet, paste it in a page of another site", () => {
  it(`copies the snippet from ${chartPage ?? "a chart page"} and the chart renders, sized to its content`, async () => {
    expect(chartPage, "a French chart page").toBeDefined();
    const context = await newContext(site.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: site.server.origin,
    });
    const page = await context.newPage();
    let host: Served | undefined;
    try {
      await page.goto(site.server.url + (chartPage as string).slice(1));

      // The snippet shown (of the variants chosen on the page, the visible
      // one): a text field or code block holding an <iframe>.
      const snippetBox = page
        .locator("main textarea, main pre, main code, main output")
        .filter({ hasText: "<iframe" })
        .locator("visible=true");
      expect(await snippetBox.count(), `one visible embed snippet on ${chartPage}`).toBe(1);
      const shownSnippet = await snippetBox.evaluate((el) =>
        el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ""),
      );
      expect(shownSnippet, "an embed snippet with an <iframe>").toContain("<iframe");

      // Copy it with its button, as a reader does.
      const copy = snippetBox
        .locator("xpath=..")
        .getByRole("button", { name: /copier|copy|نسخ/i })
        .first();
      await copy.click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.trim(), "the clipboard holds the snippet shown").toBe(shownSnippet.trim());

      // Paste it into a press release served from another port.
      host = await serveStatic(undefined, {
        pages: { "/communique.html": hostPage(pointSnippetAt(copied, site.server.origin)) },
      });
      const press = await context.newPage();
      const watch = watchPage(press, host.origin, [site.server.origin]);
      await press.goto(`${host.origin}/communique.html`);
      const iframe = press.locator("iframe").first();
      const frame = await (await iframe.elementHandle())?.contentFrame();
      expect(frame, "the embed's frame").toBeTruthy();
      await frame?.waitForSelector("svg[role=img]", { state: "visible" });
      expect(new URL(frame?.url() ?? "").pathname).toMatch(/\/embed\/[^/]+\/fr\/[^/]+\/$/);

      // Pinned to a version, it says so: "données v1.1.0".
      const version = /\/embed\/([^/]+)\//.exec(frame?.url() ?? "")?.[1] as string;
      const shownVersion = version === "latest" ? latestRelease().version : version;
      expect(await frame?.locator("body").innerText()).toContain(shownVersion);

      // The host script sizes the iframe to its content (another origin:
      // each side measured on its own).
      const heights = async () => ({
        iframe: await iframe.evaluate((f) => f.getBoundingClientRect().height),
        content:
          (await frame?.evaluate(() => document.documentElement.getBoundingClientRect().height)) ??
          0,
      });
      // Until the frame has reported its height (a condition, not a sleep).
      const fit = async () => {
        const h = await heights();
        return h.content > 100 && Math.abs(h.iframe - h.content) <= 2
          ? "sized to its content"
          : `iframe ${h.iframe}px for content ${h.content}px`;
      };
      await expect.poll(fit, { timeout: 60_000, interval: 100 }).toBe("sized to its content");
      expect(watchProblems(watch)).toBe("");
    } finally {
      await context.close();
      await host?.close();
    }
  });
});
