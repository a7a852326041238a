import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { chartsWithData } from "../../../src/charts/index.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { newContext } from "../../../scripts/lib/browser.ts";
import { serveStatic } from "../../../scripts/lib/static-server.ts";
import { page as builtPage, DIST } from "../../helpers/dist.ts";

// Without the host script (autoheight.js), an embed keeps the height its
// code sets: at 320 px, a phone, the frame must still show the whole embed,
// down to its credit line (source, data version, link). Each chart's
// snippet, as the chart page gives it, pasted in a bare page 320 px wide.
const slugs = chartsWithData(siteData().dataset).map((c) => c.slug);

const site = useServedSite();

/** The iframe of the chart page's pinned light snippet, its src made local. */
function snippetFrame(lang: string, slug: string): string {
  const doc = builtPage(`/${lang}/graphiques/${slug}/`);
  // A textarea's text, as the parser keeps it (character references unread).
  const code = decodeHTML(doc.querySelector(`#code-pinned-${lang}-light`)?.textContent ?? "");
  const iframe = /<iframe [^>]*><\/iframe>/.exec(code)?.[0];
  if (!iframe) throw new Error(`no iframe in the snippet of ${lang}/${slug}`);
  return iframe.replace(/src="https?:\/\/[^/]+\//, 'src="/');
}

describe.each(LANGS)("embed code in %s, without the host script, at 320 px", (lang) => {
  it("shows each chart's credit line inside the frame", async () => {
    const bare = Object.fromEntries(
      slugs.map((slug) => [
        `/bare-${lang}-${slug}.html`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>` +
          `<meta name="viewport" content="width=device-width"></head>` +
          `<body style="margin:0">${snippetFrame(lang, slug)}</body></html>`,
      ]),
    );
    const host = await serveStatic(DIST, { pages: bare });
    const context = await newContext(site.browser, { viewport: { width: 320, height: 800 } });
    try {
      // The charts side by side, each in its own tab.
      const cut = await Promise.all(
        slugs.map(async (slug) => {
          const page = await context.newPage();
          await page.goto(`${host.origin}/bare-${lang}-${slug}.html`, { waitUntil: "load" });
          const frame = page.frames().find((f) => f !== page.mainFrame());
          if (!frame) throw new Error(`no frame for ${slug}`);
          await frame.waitForLoadState("load");
          await frame.evaluate(() => document.fonts.ready.then(() => undefined));
          const frameHeight = await page.locator("iframe").evaluate((f) => f.clientHeight);
          const creditBottom = await frame
            .locator(".embed-credit")
            .evaluate((e) => e.getBoundingClientRect().bottom);
          await page.close();
          return creditBottom > frameHeight
            ? [`${slug}: credit ends at ${Math.ceil(creditBottom)} px, frame ${frameHeight} px`]
            : [];
        }),
      ).then((lists) => lists.flat());
      expect(cut.join("\n"), "embeds cut off without the host script").toBe("");
    } finally {
      await context.close();
      await host.close();
    }
  });
});
