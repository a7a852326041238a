import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe } from "vitest";
import { chartDrawingCases, measureEachCase, type DrawingCase } from "../helpers/chart-drawings.ts";
import { useServedSite } from "../helpers/site-session.ts";
import { chartsWithData } from "../../../src/charts/index.ts";
import { LANGS, type Lang } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { imageContent } from "../../../src/render/image-content.ts";
import { shareCardSvg, SHARE_WIDTH } from "../../../src/render/share-card.ts";
import { sitePages } from "../../../scripts/lib/site-pages.ts";
import { DIST } from "../../helpers/dist.ts";

// Chart text a reader can read (issue 24): wherever a chart is shown —
// every chart page, every `latest` embed, the first figure page of each
// language and the home page, at 320, 375, 768 and 1280 px, in every
// language, light and dark; every downloadable chart SVG and every share
// card (og:image), each at its own size — measured in Chromium with the
// page's own fonts:
//
// - every line of chart text (each <tspan>, or the <text> without one) is
//   set at 11 CSS px at least: its computed font size times the scale the
//   drawing is shown at (getScreenCTM), so a chart scaled into a small box
//   (the home page's once drew 27 labels at 4.4–4.8 px) counts as small;
// - in Arabic, no Latin run (a source's name, "Les Eco",
//   "jarida-tarbawiya.blogspot.com") is split across the lines of a label:
//   each Latin run of a <text>'s whole text lies whole in one of its lines
//   (once seen: «Les) 2.000 حوالي / (Eco» and "(jarida- / tarbawiya.blogspot.com)").
//
// Only chart drawings (svg.tp-plot) count, and only those a reader sees
// (the narrow drawing on a wide screen is hidden). A download's or share
// card's own title and sources are text of the image, measured for size
// too. One page load per page; the viewport is then set to each width in
// turn (the pages are static). At the end, the count of faults by kind is
// printed and written to test-results/chart-text.json.
//
// Before issue 24 (the build of 93ef4d7): 9,545 faults in 42,842 lines,
// the smallest 4.4 px — 9,229 too small (the home chart and thumbnails
// 4.4–10.5 px at every width, narrow drawings at 320 px 9.9–10.8 px) and
// 316 Latin runs split ("Les / Eco", "jarida- / tarbawiya.bl / ogspot.com");
// share cards, measured with the code of that time, 935 lines at
// 9.8–10.7 px. After: none, in 35,036 lines, the smallest 11 px.

/** The smallest text a chart may set, in CSS px. */
const MIN_FONT_PX = 11;

const { dataset, latest } = siteData();
/** Every chart's share card (og:image) in every language, as the SVG the PNG is made from. */
const cards = LANGS.flatMap((lang) => chartsWithData(dataset).map((c) => ({ lang, slug: c.slug })));

interface Case extends DrawingCase {
  /** A share card: its SVG, set as the page's content. */
  card?: { lang: Lang; slug: string };
}
const cases: Case[] = [
  ...chartDrawingCases(sitePages(DIST).all),
  ...cards.map((card) => ({
    path: `share card ${card.lang}/${card.slug}`,
    widths: [SHARE_WIDTH],
    card,
  })),
];

/** One problem seen in one drawing. */
interface Fault {
  kind: "text/size" | "text/split";
  chart: string;
  detail: string;
}

const site = useServedSite();
const found: (Fault & { path: string; width: number; scheme: string })[] = [];
let lines = 0;
let smallest = Infinity;

afterAll(async () => {
  const byKind: Record<string, number> = {};
  for (const f of found) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const paths = new Set(found.map((f) => f.path)).size;
  const summary = {
    faults: found.length,
    lines,
    smallestPx: smallest,
    pagesWithFaults: paths,
    byKind,
  };
  console.log(`[chart-text] ${JSON.stringify(summary)}`);
  mkdirSync("test-results", { recursive: true });
  writeFileSync(
    join("test-results", "chart-text.json"),
    JSON.stringify({ ...summary, found }, null, 2),
  );
});

/**
 * Measures the text of every visible chart drawing (svg.tp-plot) of the
 * document, and of the document itself when it is an image (a download, a
 * share card): runs in the page, so it may use nothing from outside.
 */
function measure({ minPx, arabic }: { minPx: number; arabic: boolean }): {
  lines: number;
  smallest: number;
  faults: Fault[];
} {
  const faults: Fault[] = [];
  let count = 0;
  let least = Infinity;
  const root = document.documentElement;
  // An image opened on its own (a download) is the document; a share card
  // set as a page's content is the body's only child.
  const image = root.localName === "svg" ? root : document.querySelector("body > svg:only-child");
  const drawings = [
    ...(image ? [image as unknown as SVGSVGElement] : []),
    ...document.querySelectorAll<SVGSVGElement>("svg.tp-plot"),
  ].filter((svg) => svg.getBoundingClientRect().width > 0 && svg.checkVisibility());
  const seen = new Set<Element>();
  // Latin words, joined by spaces (or no-break spaces) into one run: "La Vie éco", "H24info".
  const latin = /[A-Za-zÀ-ÿ][\w.\-’'&/À-ÿ]*(?:[ \u00A0][A-Za-zÀ-ÿ][\w.\-’'&/À-ÿ]*)*/g;
  const plain = (s: string) =>
    s
      .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
      .replace(/\u00A0/g, " ")
      .trim();
  drawings.forEach((svg, n) => {
    const chart = `${svg.querySelector("title")?.textContent ?? "image"} (#${n + 1})`;
    for (const t of svg.querySelectorAll("text")) {
      if (seen.has(t)) continue;
      seen.add(t);
      const spans = [...t.querySelectorAll("tspan")];
      const parts = (spans.length > 0 ? spans : [t]).filter(
        (p) => p.getBoundingClientRect().width > 0 && plain(p.textContent ?? ""),
      );
      for (const part of parts) {
        const ctm = (part as SVGGraphicsElement).getScreenCTM?.() ?? t.getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
        const px = parseFloat(getComputedStyle(part).fontSize) * scale;
        count += 1;
        least = Math.min(least, px);
        if (px < minPx - 0.01)
          faults.push({
            kind: "text/size",
            chart,
            detail: `“${plain(part.textContent ?? "")}” is set at ${px.toFixed(1)} px, under ${minPx} px`,
          });
      }
      if (!arabic || spans.length < 2 || !t.closest("svg.tp-plot")) continue;
      const texts = spans.map((s) => plain(s.textContent ?? ""));
      for (const run of plain(texts.join(" ")).match(latin) ?? [])
        if (!texts.some((line) => line.includes(run)))
          faults.push({
            kind: "text/split",
            chart,
            detail: `“${run}” is split across the lines ${texts.map((l) => `“${l}”`).join(" / ")}`,
          });
    }
  });
  return { lines: count, smallest: least, faults };
}

async function measureAt(page: Page, c: Case, width: number, scheme: string) {
  await page.emulateMedia({ colorScheme: scheme as "light" | "dark" });
  const lang = c.card?.lang ?? /^\/(?:embed\/latest\/)?(fr|en|ar)\//.exec(c.path)?.[1];
  const seen = await page.evaluate(measure, { minPx: MIN_FONT_PX, arabic: lang === "ar" });
  lines += seen.lines;
  smallest = Math.min(smallest, seen.smallest);
  found.push(...seen.faults.map((f) => ({ ...f, path: c.path, width, scheme })));
  return seen.faults.map(
    (f) => `${c.path} at ${width} px, ${scheme}: ${f.kind} in ${f.chart}: ${f.detail}`,
  );
}

/** A share card is set as the content of a blank tab, at its own width; a page is loaded. */
async function open(page: Page, c: Case) {
  if (!c.card) {
    await page.goto(site.server.url + c.path.slice(1), { waitUntil: "load" });
    return;
  }
  await page.setViewportSize({ width: SHARE_WIDTH, height: 900 });
  const content = imageContent(dataset, c.card.lang, c.card.slug, { version: latest.version });
  // A tab that last showed a download holds an SVG document, which setContent cannot open.
  await page.goto("about:blank");
  await page.setContent(shareCardSvg(content), { waitUntil: "load" });
}

describe("chart text in Chromium: at least 11 CSS px as shown, Latin runs of Arabic labels whole", () => {
  // A share card's colours are its own: one scheme.
  measureEachCase(site, cases, measureAt, { open, fixed: (c) => c.card !== undefined });
});
