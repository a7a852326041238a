import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { newContext, TabPool } from "../../../scripts/lib/browser.ts";
import { pageKind, sitePages, type PageKind } from "../../../scripts/lib/site-pages.ts";
import { LANGS, type Lang } from "../../../src/i18n/index.ts";
import { datasetIndex } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { figureYear, formatObservation } from "../../../src/lib/format/format.ts";
import { DIST } from "../../helpers/dist.ts";

// What a phone reader has to get through (issue 25), measured in Chromium
// at 375 × 667 px with the page's own fonts, on every page of each type
// below, in every language, each page loaded once:
//
// - height budgets (the document's scroll height): home ≤ 4,000 px, chart
//   page ≤ 6,000 px, data page ≤ 12,000 px, timeline ≤ 15,000 px;
// - a figure page shows its value (with its qualifier, as published), its
//   year and its source within the first screen (667 px), and the
//   citation's copy button within the second (1,334 px);
// - /sites/ and each park page have no blank region: no element with more
//   than 400 px of its height showing nothing (see `blankRegions`).
//
// Heights by page type are printed and written to
// test-results/page-heights.json, for the before/after of each change.

const SCREEN = { width: 375, height: 667 };
const BUDGET: Partial<Record<PageKind, number>> = {
  home: 4_000,
  chart: 6_000,
  data: 12_000,
  timeline: 15_000,
};
/** The longest stretch of an element that may show nothing. */
const BLANK = 400;
const KINDS: PageKind[] = ["home", "chart", "data", "timeline", "figure", "sites", "site"];

const { dataset } = siteData();
const { sourceOf } = datasetIndex(dataset);
const observationById = new Map(dataset.observations.map((o) => [o.id, o]));

const pages = sitePages(DIST)
  .all.filter((p) => LANGS.some((lang) => p.startsWith(`/${lang}/`)))
  .filter((p) => KINDS.includes(pageKind(p)));

const site = useServedSite();
let tabs: TabPool;
const heights = new Map<string, { kind: PageKind; height: number }>();

beforeAll(async () => {
  tabs = new TabPool(await newContext(site.browser, { viewport: SCREEN }), (page) =>
    page.setViewportSize(SCREEN),
  );
});

afterAll(async () => {
  const byKind = KINDS.map((kind) => {
    const measured = [...heights].filter(([, h]) => h.kind === kind);
    const sorted = measured.sort(([, a], [, b]) => b.height - a.height);
    const [tallest] = sorted;
    return {
      kind,
      budget: BUDGET[kind] ?? null,
      pages: sorted.length,
      tallest: tallest ? { path: tallest[0], height: tallest[1].height } : null,
      shortest: sorted.at(-1)?.[1].height ?? null,
      heights: Object.fromEntries(sorted.map(([path, h]) => [path, h.height])),
    };
  });
  if (heights.size === 0) return;
  mkdirSync("test-results", { recursive: true });
  writeFileSync(
    join("test-results", "page-heights.json"),
    `${JSON.stringify({ screen: SCREEN, byKind }, null, 2)}\n`,
  );
  console.log(
    [
      `page heights at ${SCREEN.width} × ${SCREEN.height} px (tallest page of each type):`,
      ...byKind
        .filter((k) => k.tallest)
        .map(
          (k) =>
            `  ${k.kind.padEnd(9)} ${String(k.tallest?.height).padStart(6)} px` +
            `  (${k.pages} pages, shortest ${k.shortest} px${k.budget ? `, budget ${k.budget}` : ""})` +
            `  ${k.tallest?.path}`,
        ),
    ].join("\n"),
  );
});

/** Loads `path` at the phone size, fonts ready, scrolled to the top. */
async function load(page: Page, path: string): Promise<number> {
  await page.goto(site.server.url + path.slice(1), { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/**
 * The page's blank regions: elements more than `limit` px of whose height
 * show nothing. What shows something is what is painted where the reader
 * can see it: the line boxes of visible text (Range client rects of
 * non-blank text nodes), and the boxes of images, svg, canvas, video,
 * iframes and form controls; each cut to what its scrolling or clipping
 * ancestors and the screen's width let show (content scrolled out of a
 * table's box, as a row's cells in an off-screen column are, shows
 * nothing). Closed <details>, hidden and transparent elements paint
 * nothing. For every element at least `limit` px tall, the part of its box
 * the screen's width shows is cut into bands by what is painted in it; a
 * band over `limit` px, from its top to the first thing painted, between
 * two, or from the last to its bottom, is a blank region. A region is
 * reported once, by the innermost element that has it.
 */
function blankRegions(limit: number): string[] {
  type Rect = { x0: number; y0: number; x1: number; y1: number };
  const sy = scrollY;
  const abs = (r: DOMRect): Rect => ({
    x0: r.left,
    x1: r.right,
    y0: r.top + sy,
    y1: r.bottom + sy,
  });
  const cut = (a: Rect, b: Rect): Rect | undefined => {
    const r = {
      x0: Math.max(a.x0, b.x0),
      x1: Math.min(a.x1, b.x1),
      y0: Math.max(a.y0, b.y0),
      y1: Math.min(a.y1, b.y1),
    };
    return r.x0 < r.x1 && r.y0 < r.y1 ? r : undefined;
  };
  const screen: Rect = { x0: 0, x1: innerWidth, y0: -Infinity, y1: Infinity };
  const clips = new Map<Element, Rect | undefined>();
  /** What `el`'s ancestors (and the screen) let show of anything inside it. */
  const clipOf = (el: Element | null): Rect | undefined => {
    if (!el || el === document.documentElement) return screen;
    if (clips.has(el)) return clips.get(el);
    const outer = clipOf(el.parentElement);
    const style = getComputedStyle(el);
    const clipping = [style.overflowX, style.overflowY].some((o) => o !== "visible");
    const own = clipping && outer ? cut(outer, abs(el.getBoundingClientRect())) : outer;
    clips.set(el, own);
    return own;
  };
  const shown = (el: Element) =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const painted: Rect[] = [];
  const add = (r: DOMRect, owner: Element) => {
    const clip = clipOf(owner);
    const seen = clip && r.width > 0 && r.height > 0 ? cut(clip, abs(r)) : undefined;
    if (seen) painted.push(seen);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent?.trim() || !shown(parent)) continue;
    if (parent.closest("svg, script, style, template")) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) add(r, parent);
  }
  const replaced =
    "img, svg, canvas, video, iframe, input, select, textarea, button, meter, progress";
  for (const el of document.body.querySelectorAll(replaced))
    if (!el.parentElement?.closest("svg") && shown(el)) add(el.getBoundingClientRect(), el);

  const found: { y0: number; y1: number; depth: number; what: string }[] = [];
  const depthOf = (el: Element) => {
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    return d;
  };
  const one = (el: Element) => {
    const data = [...el.attributes].find(
      (a) => a.name.startsWith("data-") && !a.name.startsWith("data-astro"),
    );
    return (
      el.localName +
      (el.id ? `#${el.id}` : "") +
      [...el.classList].map((c) => `.${c}`).join("") +
      (data ? `[${data.name}="${data.value}"]` : "")
    );
  };
  /** The element and its two nearest ancestors: "table.site-compare > tbody > tr[data-site=…]". */
  const name = (el: Element) =>
    [el.parentElement?.parentElement, el.parentElement, el]
      .filter((e): e is Element => !!e && e !== document.body)
      .map(one)
      .join(" > ");
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg") && el.localName !== "svg") continue;
    const r = el.getBoundingClientRect();
    if (r.height <= limit || !shown(el)) continue;
    const box = cut(abs(r), clipOf(el.parentElement) ?? screen);
    if (!box || box.y1 - box.y0 <= limit) continue;
    const spans = painted
      .map((p) => cut(p, box))
      .filter((p): p is Rect => p !== undefined)
      .sort((a, b) => a.y0 - b.y0);
    let reached = box.y0;
    for (const p of [...spans, { x0: 0, x1: 0, y0: box.y1, y1: box.y1 }]) {
      if (p.y0 - reached > limit)
        found.push({
          y0: reached,
          y1: p.y0,
          depth: depthOf(el),
          what: `${name(el)}: nothing shown from y = ${Math.round(reached)} to ${Math.round(p.y0)} (${Math.round(p.y0 - reached)} px)`,
        });
      reached = Math.max(reached, p.y1);
    }
  }
  // One region, one report: the innermost element's, its ancestors' blank
  // stretches over the same place (overlapping by half or more) left out.
  const kept: typeof found = [];
  for (const f of found.sort((a, b) => b.depth - a.depth)) {
    const same = kept.some(
      (k) =>
        Math.min(k.y1, f.y1) - Math.max(k.y0, f.y0) >= 0.5 * Math.min(k.y1 - k.y0, f.y1 - f.y0),
    );
    if (!same) kept.push(f);
  }
  return kept.map((k) => k.what);
}

/**
 * Where the first lines of each `needles` text end, down the page: the
 * bottom of the innermost visible element of main whose text contains it
 * (a value and its qualifier may sit in one element or be split across a
 * few), or null when none shows it.
 */
function bottomsOf(needles: string[]): (number | null)[] {
  const squash = (s: string) => s.replace(/\s+/g, " ").replace(/[\u2066-\u2069\u200e\u200f]/g, "");
  const all = [...document.querySelectorAll("main *")].filter((el) => el.checkVisibility());
  return needles.map((needle) => {
    const want = squash(needle);
    const holders = all.filter((el) => squash(el.textContent ?? "").includes(want));
    const innermost = holders.filter((el) => !holders.some((h) => h !== el && el.contains(h)));
    const bottoms = innermost.map((el) => el.getBoundingClientRect().bottom + scrollY);
    return bottoms.length > 0 ? Math.min(...bottoms) : null;
  });
}

const byKind = (kind: PageKind) => pages.filter((p) => pageKind(p) === kind);

describe(`page heights at ${SCREEN.width} × ${SCREEN.height} px in Chromium`, () => {
  it("finds pages of every type in every language", () => {
    for (const kind of KINDS)
      for (const lang of LANGS)
        if (!byKind(kind).some((p) => p.startsWith(`/${lang}/`)))
          throw new Error(`no ${kind} page in ${lang}`);
  });

  for (const [kind, budget] of Object.entries(BUDGET) as [PageKind, number][])
    it.concurrent.for(byKind(kind))(`%s: at most ${budget} px tall`, async (path, { expect }) => {
      const height = await tabs.with((page) => load(page, path));
      heights.set(path, { kind, height });
      expect(height, `${path} is ${height} px tall`).toBeLessThanOrEqual(budget);
    });

  it.concurrent.for(byKind("figure"))(
    "%s: value, qualifier, year and source on the first screen, the copy button on the second",
    async (path, { expect }) => {
      const lang = path.split("/")[1] as Lang;
      const id = path.split("/")[3] ?? "";
      const o = observationById.get(id);
      if (!o) throw new Error(`${path}: no figure ${id} in the latest release`);
      const needles = [formatObservation(o, lang), figureYear(o), sourceOf(o.source).publisher];
      await tabs.with(async (page) => {
        const height = await load(page, path);
        heights.set(path, { kind: "figure", height });
        const [value, year, source] = await page.evaluate(bottomsOf, needles);
        const copy = await page.evaluate(() => {
          const b = document.querySelector("main button.tp-copy");
          return b && b.checkVisibility() ? b.getBoundingClientRect().bottom + scrollY : null;
        });
        const first = SCREEN.height;
        const problems = [
          ["value and qualifier", needles[0], value, first],
          ["year", needles[1], year, first],
          ["source", needles[2], source, first],
          ["the citation's copy button", "", copy, 2 * first],
        ].flatMap(([what, text, bottom, limit]) =>
          bottom === null
            ? [`${what} ${text ? `“${text}” ` : ""}not shown`]
            : (bottom as number) > (limit as number)
              ? [
                  `${what} ${text ? `“${text}” ` : ""}ends at ${Math.round(bottom as number)} px, below ${limit}`,
                ]
              : [],
        );
        expect(problems.join("\n"), path).toBe("");
      });
    },
  );

  it.concurrent.for([...byKind("sites"), ...byKind("site")])(
    `%s: no element with more than ${BLANK} px showing nothing`,
    async (path, { expect }) => {
      await tabs.with(async (page) => {
        const height = await load(page, path);
        heights.set(path, { kind: pageKind(path), height });
        const blanks = await page.evaluate(blankRegions, BLANK);
        expect(blanks.join("\n"), path).toBe("");
      });
    },
  );
});
