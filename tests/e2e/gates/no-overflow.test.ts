import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launchChromium, newContext } from "../../../scripts/lib/browser.ts";
import { fileOf, sitePages } from "../../../scripts/lib/site-pages.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";
import { DIST } from "../../helpers/dist.ts";

// Every built page (fr, en, ar, and every embed) on the narrowest phone
// screen, 320 px: the page is never wider than the screen (nothing to
// scroll sideways but the tables and code blocks made to scroll), and no
// element hides part of its text (overflow hidden or clipped, as a file size
// once lost its first digit). One browser, a few tabs at once
// (maxConcurrency); each page is loaded once.
const WIDTH = 320;
const pages = sitePages(DIST).all;
const REFRESH = /<meta[^>]+http-equiv="?refresh/i;

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  context = await newContext(browser, { viewport: { width: WIDTH, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * What sticks out of the screen or is cut, measured in the page: the
 * document's width, the outermost elements that reach past an edge (those
 * inside a scrolling box excepted: scrolling is what they are for), and
 * the elements that clip their own text. Each named by tag, id, class and
 * the start of its text.
 */
function measure(page: Page) {
  return page.evaluate(() => {
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = [...el.classList]
        .filter((c) => !c.startsWith("astro-"))
        .map((c) => `.${c}`)
        .join("");
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const screen = document.documentElement.clientWidth;
    const scrolls = (el: Element) => {
      const o = getComputedStyle(el).overflowX;
      return o === "auto" || o === "scroll";
    };
    const wide: string[] = [];
    const clipped: string[] = [];
    const visit = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === "none") return;
      const box = el.getBoundingClientRect();
      const off = box.width > 0 && style.position !== "absolute" && style.position !== "fixed";
      if (off && (box.right > screen + 0.5 || box.left < -0.5)) {
        wide.push(`${name(el)} spans ${Math.round(box.left)}…${Math.round(box.right)} px`);
        return; // its children are part of it
      }
      const hides = style.overflowX === "hidden" || style.overflowX === "clip";
      if (hides && el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${name(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
      if (scrolls(el)) return;
      for (const child of el.children) visit(child);
    };
    for (const child of document.body.children) visit(child);
    return { width: document.documentElement.scrollWidth, screen, wide, clipped };
  });
}

describe(`every page at ${WIDTH} px`, () => {
  it.concurrent.for(pages)(
    "%s: no wider than the screen, no text cut",
    async (path, { expect }) => {
      const page = await context.newPage();
      try {
        const address = server.url + path.slice(1);
        await page.goto(address, { waitUntil: "load" });
        // A meta refresh ("/" → "/fr/") moves on: measure the page it lands on.
        if (REFRESH.test(readFileSync(join(DIST, fileOf(DIST, path) as string), "utf8")))
          await page.waitForURL((u) => u.href !== address, { waitUntil: "load" });
        // Measured with the page's own fonts (Arabic's is a web font).
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const m = await measure(page);
        expect
          .soft(m.wide.join("\n"), `${path}: elements wider than the ${m.screen} px screen`)
          .toBe("");
        expect.soft(m.width, `${path}: document width`).toBeLessThanOrEqual(WIDTH);
        expect.soft(m.clipped.join("\n"), `${path}: text cut by overflow`).toBe("");
      } finally {
        await page.close();
      }
    },
  );
});
