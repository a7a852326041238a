import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { newContext } from "../../../scripts/lib/browser.ts";
import { LANGS } from "../../../src/i18n/index.ts";

// The timeline drawing (issue 14), as a reader sees it: /<lang>/chronologie/
// in every language at 320, 375, 768 and 1280 px, light and dark, measured
// in Chromium with the page's own fonts. At each width exactly one of the
// three drawings shows (across from 60rem, down the page below), it fits
// the page (no sideways scroll), and in it:
//
// - no text overlaps another text (event labels, lane headings, years);
// - no text covers a mark (the shape of an event or of a year of figures,
//   `.tl-shape`; grid, axis and leader lines are not marks);
// - no text leaves the SVG's box.
//
// Boxes are the rendered boxes of each line of text (each <tspan>, or the
// <text> without one), inset by 15 % of their height top and bottom and
// 0.5 px at each end (a line box includes the font's leading), as in
// chart-geometry.test.ts; mark boxes by 0.5 px. One load per language, the
// viewport then set to each width (the page is static) and each width
// measured under both colour schemes; the languages in parallel tabs.

const WIDTHS = [320, 375, 768, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

const site = useServedSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await newContext(site.browser, { viewport: { width: 1280, height: 900 } });
});

interface Seen {
  drawings: string[];
  pageWidth: number;
  texts: number;
  faults: string[];
}

/** Measures the visible timeline drawing(s): runs in the page, so it uses nothing from outside. */
function measure(): Seen {
  type Box = { x0: number; y0: number; x1: number; y1: number };
  const box = (r: DOMRect, dx: number, dy: number): Box => ({
    x0: r.left + dx,
    y0: r.top + dy,
    x1: r.right - dx,
    y1: r.bottom - dy,
  });
  const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const svgs = [...document.querySelectorAll<SVGSVGElement>(".tl-scroll svg.tl-svg")].filter(
    (svg) => svg.getBoundingClientRect().width > 0 && svg.checkVisibility(),
  );
  const faults: string[] = [];
  let count = 0;
  for (const svg of svgs) {
    const frame = svg.getBoundingClientRect();
    const texts: { text: string; owner: Element; ink: Box; whole: Box }[] = [];
    for (const t of svg.querySelectorAll("text")) {
      const spans = t.querySelectorAll("tspan");
      for (const part of spans.length > 0 ? [...spans] : [t]) {
        const r = part.getBoundingClientRect();
        const text = (part.textContent ?? "").replace(/[\u202A-\u202E]/g, "").trim();
        if (r.width === 0 || !text) continue;
        texts.push({ text, owner: t, ink: box(r, 0.5, r.height * 0.15), whole: box(r, 0, 0) });
      }
    }
    count += texts.length;
    const marks = [...svg.querySelectorAll(".tl-shape")].map((m) => ({
      what: m.closest("[data-mark]")?.getAttribute("data-mark") ?? m.localName,
      box: box(m.getBoundingClientRect(), 0.5, 0.5),
    }));
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1))
        if (a.owner !== b.owner && meet(a.ink, b.ink))
          faults.push(`text/text: “${a.text}” overlaps “${b.text}”`);
      for (const m of marks)
        if (meet(a.ink, m.box)) faults.push(`text/mark: “${a.text}” covers ${m.what}`);
      const w = a.whole;
      if (
        w.x0 < frame.left - 0.5 ||
        w.x1 > frame.right + 0.5 ||
        w.y0 < frame.top - 0.5 ||
        w.y1 > frame.bottom + 0.5
      )
        faults.push(`text/edge: “${a.text}” leaves the SVG`);
    });
  }
  return {
    drawings: svgs.map((s) => s.parentElement?.className ?? ""),
    pageWidth: document.documentElement.scrollWidth,
    texts: count,
    faults,
  };
}

describe("timeline geometry in Chromium: one drawing per width, no text over text or marks, none cut", () => {
  it.concurrent.for(LANGS)("/%s/chronologie/", async (lang, { expect }) => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.server.url}${lang}/chronologie/`, { waitUntil: "load" });
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          const seen = await page.evaluate(measure);
          const where = `/${lang}/chronologie/ at ${width} px, ${scheme}`;
          const expected =
            width >= 960 ? "tl-draw-h" : width >= 576 ? "tl-draw-v-wide" : "tl-draw-v-narrow";
          if (seen.drawings.join() !== expected)
            problems.push(`${where}: drawings shown ${seen.drawings.join() || "none"}`);
          if (seen.pageWidth > width) problems.push(`${where}: page ${seen.pageWidth} px wide`);
          if (seen.texts < 50) problems.push(`${where}: only ${seen.texts} texts measured`);
          problems.push(...seen.faults.map((f) => `${where}: ${f}`));
        }
      }
      expect(problems.join("\n")).toBe("");
    } finally {
      await page.close();
    }
  });
});
