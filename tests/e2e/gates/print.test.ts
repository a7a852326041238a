import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { newContext, TabPool } from "../../../scripts/lib/browser.ts";
import { pageKind, sitePages } from "../../../scripts/lib/site-pages.ts";
import { DIST } from "../../helpers/dist.ts";

// Pages that print (issue 28, src/styles/print.css): every chart page and a
// sample of figure pages (the first, middle and last of each language), in
// Chromium:
//
// - page.pdf({format: "A4"}) gives one page (pages counted in the PDF);
// - laid out as printed (emulateMedia print, the viewport the width of
//   A4's printable box), no line of text leaves that box and nothing
//   scrolls sideways: nothing is cut at the edges;
// - the navigation, action bar, embed code and buttons are not printed;
//   the citation is, with the page's own address and the data version.

/** A4 less print.css's @page margins (10 mm each side), in CSS px (96 per inch). */
const PRINT_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

const all = sitePages(DIST).all;
const figurePages = LANGS.flatMap((lang) => {
  const mine = all.filter((p) => p.startsWith(`/${lang}/chiffres/`) && p.split("/").length === 5);
  return [...new Set([mine[0], mine[Math.floor(mine.length / 2)], mine.at(-1)])].filter(
    (p): p is string => p !== undefined,
  );
});
const pages = [...all.filter((p) => pageKind(p) === "chart"), ...figurePages];

const site = useServedSite();
let tabs: TabPool;
const started = Date.now();

beforeAll(async () => {
  tabs = new TabPool(await newContext(site.browser));
});

afterAll(async () => {
  console.log(`[print] ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** Pages of a PDF written by Chromium: its page objects (not the /Pages tree). */
const pdfPages = (pdf: Buffer) =>
  (pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** What the printed layout shows: runs in the page. */
function printed(width: number) {
  const cut: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let lines = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? "").trim();
    if (!text || !node.parentElement?.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      lines += 1;
      if (r.left < -0.5 || r.right > width + 0.5)
        cut.push(`“${text.slice(0, 40)}” at ${Math.round(r.left)}–${Math.round(r.right)} px`);
    }
  }
  const shown = (selector: string) =>
    [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility()).length;
  return {
    lines,
    cut,
    scrollWidth: document.documentElement.scrollWidth,
    hiddenShown: {
      navigation: shown(".site-header, nav"),
      embed: shown(".tp-ref-embed, textarea"),
      buttons: shown("button"),
    },
    citation: [...document.querySelectorAll(".tp-cite, .fig-citation")]
      .filter((e) => e.checkVisibility())
      .map((e) => (e as HTMLElement).innerText)
      .join("\n"),
  };
}

async function check(page: Page, path: string) {
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
  const seen = await page.evaluate(printed, PRINT_WIDTH);
  const pdf = await page.pdf({ format: "A4" });
  await page.emulateMedia({ media: "screen" });
  return { ...seen, pdfPages: pdfPages(pdf), path };
}

describe("pages that print: one A4 page, nothing cut, no screen furniture, the citation", () => {
  it.concurrent.for(pages)("%s", async (path, { expect }) => {
    await tabs.with(async (page) => {
      await page.goto(site.server.url + path.slice(1), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const r = await check(page, path);
      expect(r.pdfPages, `${path} prints on ${r.pdfPages} pages`).toBe(1);
      expect(r.lines).toBeGreaterThan(20);
      expect(r.cut.join("\n")).toBe("");
      expect(r.scrollWidth).toBeLessThanOrEqual(PRINT_WIDTH);
      expect(r.hiddenShown).toEqual({ navigation: 0, embed: 0, buttons: 0 });
      // The citation names the page's address and the data version.
      expect(r.citation).toContain(new URL(path, site.server.url).pathname);
      expect(r.citation).toMatch(/\d+\.\d+\.\d+/);
    });
  });
});
