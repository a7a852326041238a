import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe } from "vitest";
import { chartDrawingCases, measureEachCase, type DrawingCase } from "../helpers/chart-drawings.ts";
import { useServedSite } from "../helpers/site-session.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { pageKind, sitePages } from "../../../scripts/lib/site-pages.ts";
import { DIST } from "../../helpers/dist.ts";

// Charts that cannot be misread (issue 14): every chart drawing a reader
// can see — on every chart page, every `latest` embed and the home page, at
// 320, 375, 768 and 1280 px, in every language, light and dark — and every
// downloadable chart SVG, measured in Chromium with the page's own fonts:
//
// - no text overlaps another text (tick labels, axis titles, value labels);
// - no text covers a mark. A mark is what stands for a figure: the symbol
//   of each figure (children of the groups `tp-q-<qualifier>`, which
//   marks.ts gives every figure symbol) and the span of a period figure
//   (children of `tp-period`). Lines are not marks: grid lines, rules,
//   dashed links and leader lines run behind labels, whose halo keeps the
//   letters readable;
// - no text leaves the SVG's box (it would be cut by the page or the image);
// - the plot area (the extent of the grid: `tp-grid`, or Plot's own grid
//   group) takes at least 80 % of the drawing's width;
// - every mark is painted in its series' colour: the colour of the key's
//   swatch for its series (`tp-s<slot>`), or, in a drawing without a key,
//   the colour its series group gives it. A mark that links to its figure
//   page must not take the link colour.
//
// - every value label (text in `tp-label`) names the figure(s) it labels in
//   `data-figure` (observation ids, space-separated), each drawn in the
//   same drawing, and reads as theirs (issue 24): the mark nearest to the
//   label's box (the union of its lines' rendered boxes; marks with their
//   stroke; distance between boxes) is one of its own figures' marks, at
//   least 1 px nearer than any other mark; or a leader line (`tp-leader`)
//   carrying the same `data-figure` joins the label's box to one of its
//   own marks (each end within 2 drawing px of them);
// - no line drawn over the plot crosses a mark not its own: a leader line
//   crosses no mark but its figures', an opening line (`tp-opening`) no
//   mark at all (a mark sitting on a park's opening line reads as that
//   park's). A line crosses a mark when a point of it lies inside the
//   mark's box inset by 1 px.
//
// Figure pages draw the same charts, their marks linked too: the first
// figure page of each language is measured as well (one template). So is
// the map of the parks (svg.tp-map, issue 28) on the sites page and the
// first park page of each language: its labels must not overlap each
// other or a park's mark (its marks are the tp-q-park group's), leave the
// drawing, or be set under 11 CSS px.
//
// Boxes are the rendered boxes (getBoundingClientRect) of each line of text
// (each <tspan>, or the <text> without one). A line box includes the font's
// leading above and below the letters, so text boxes are inset by 15 % of
// their height top and bottom and 0.5 px at each end before they are
// compared; mark boxes by 0.5 px. Hidden drawings (the narrow one on a wide
// screen) are not measured: a reader never sees them.
//
// One page load per page: the viewport is then set to each width in turn
// (the pages are static, so a resized page lays out as one loaded at that
// width) and each width measured under both colour schemes (emulateMedia;
// an embed has a fixed theme, a download its own colours: measured once).
// Pages a few at a time (maxConcurrency), tabs of one browser. At the end, the
// count of faults by kind is printed and written to
// test-results/chart-geometry.json.

const MIN_PLOT_SHARE = 0.8;
/** The smallest text the map may set, in CSS px (issue 28). */
const MIN_MAP_FONT_PX = 11;

const all = sitePages(DIST).all;
const mapPages = LANGS.flatMap((lang) => [
  `/${lang}/sites/`,
  ...all.filter((p) => p.startsWith(`/${lang}/sites/`) && pageKind(p) === "site").slice(0, 1),
]);
const cases = chartDrawingCases(all, mapPages);

/** One problem seen in one drawing. */
interface Fault {
  kind:
    | "text/text"
    | "text/mark"
    | "text/edge"
    | "text/size"
    | "plot-width"
    | "colour"
    | "label/figure"
    | "label/nearest"
    | "line/mark";
  chart: string;
  detail: string;
}

const site = useServedSite();
const found: (Fault & { path: string; width: number; scheme: string })[] = [];
let drawings = 0;

afterAll(async () => {
  const byKind: Record<string, number> = {};
  for (const f of found) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const faulty = new Set(found.map((f) => `${f.path}|${f.width}|${f.scheme}|${f.chart}`)).size;
  const summary = { faults: found.length, drawings, faultyDrawings: faulty, byKind };
  console.log(`[chart-geometry] ${JSON.stringify(summary)}`);
  mkdirSync("test-results", { recursive: true });
  writeFileSync(
    join("test-results", "chart-geometry.json"),
    JSON.stringify({ ...summary, found }, null, 2),
  );
});

/**
 * Measures every visible chart drawing (svg.tp-plot) of the document: runs
 * in the page, so it may use nothing from outside its own body.
 */
function measure({ minShare, minMapFont }: { minShare: number; minMapFont: number }): {
  drawings: number;
  faults: Fault[];
} {
  type Box = { x0: number; y0: number; x1: number; y1: number };
  const box = (r: DOMRect, dx: number, dy: number): Box => ({
    x0: r.left + dx,
    y0: r.top + dy,
    x1: r.right - dx,
    y1: r.bottom - dy,
  });
  const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const faults: Fault[] = [];
  const svgs = [...document.querySelectorAll<SVGSVGElement>("svg.tp-plot")].filter(
    (svg) => svg.getBoundingClientRect().width > 0 && svg.checkVisibility(),
  );
  svgs.forEach((svg, n) => {
    const kind = svg.closest(".tp-narrow") ? "narrow" : "wide";
    const chart = `${svg.querySelector("title")?.textContent ?? "chart"} (#${n + 1}, ${kind} drawing)`;
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
    const marks = [...svg.querySelectorAll('[class*="tp-q-"] > *, .tp-period > *')].map((m) => ({
      what: `${m.parentElement?.getAttribute("class") ?? ""} ${m.localName}`.trim(),
      box: box(m.getBoundingClientRect(), 0.5, 0.5),
    }));
    if (!svg.classList.contains("tp-map")) faults.push(...attribution(svg, chart));
    // The map is scaled to its box: a text's size on screen is its font
    // size times the drawing's scale.
    if (svg.classList.contains("tp-map")) {
      const scale = frame.width / svg.viewBox.baseVal.width;
      for (const { text, owner } of texts) {
        const px = parseFloat(getComputedStyle(owner).fontSize) * scale;
        if (px < minMapFont - 0.01)
          faults.push({
            kind: "text/size",
            chart,
            detail: `“${text}” is set at ${px.toFixed(1)} px, under ${minMapFont} px`,
          });
      }
    }
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1))
        if (a.owner !== b.owner && meet(a.ink, b.ink))
          faults.push({ kind: "text/text", chart, detail: `“${a.text}” overlaps “${b.text}”` });
      for (const m of marks)
        if (meet(a.ink, m.box))
          faults.push({
            kind: "text/mark",
            chart,
            detail: `“${a.text}” covers a mark (${m.what})`,
          });
      const w = a.whole;
      const out = [
        w.x0 < frame.left - 0.5 && "left",
        w.x1 > frame.right + 0.5 && "right",
        w.y0 < frame.top - 0.5 && "top",
        w.y1 > frame.bottom + 0.5 && "bottom",
      ].filter(Boolean);
      if (out.length > 0)
        faults.push({
          kind: "text/edge",
          chart,
          detail: `“${a.text}” leaves the SVG (${out.join(", ")})`,
        });
    });
    // A mark's shapes paint in currentColor: their computed colour is the
    // colour a reader sees, to match against the key's swatch.
    const key = svg.closest("figure")?.querySelector(".tp-key");
    for (const shape of svg.querySelectorAll(
      '[class*="tp-q-"] circle, [class*="tp-q-"] path, .tp-period path',
    )) {
      const series = shape.closest('[class*="tp-s"]');
      const slot = /\btp-s\d+\b/.exec(series?.getAttribute("class") ?? "")?.[0];
      if (!series || !slot) continue;
      const swatch = key?.querySelector(`.${slot}`);
      const want = getComputedStyle(swatch ?? series).color;
      const got = getComputedStyle(shape).color;
      if (got !== want)
        faults.push({
          kind: "colour",
          chart,
          detail: `“${shape.querySelector("title")?.textContent ?? slot}” is drawn in ${got}, its series (${slot}) in ${want}${swatch ? " in the key" : ""}`,
        });
    }
    const grid = [...svg.querySelectorAll('.tp-grid line, g[stroke-opacity="0.1"] > line')].map(
      (l) => l.getBoundingClientRect(),
    );
    if (grid.length > 0) {
      const left = Math.min(...grid.map((r) => r.left));
      const right = Math.max(...grid.map((r) => r.right));
      const share = (right - left) / frame.width;
      if (share < minShare)
        faults.push({
          kind: "plot-width",
          chart,
          detail: `the plot area is ${Math.round(share * 100)} % of the drawing's width`,
        });
    }
  });
  return { drawings: svgs.length, faults };

  /** Whether each value label reads as its own figures' and each line over the plot crosses no other mark. */
  function attribution(svg: SVGSVGElement, chart: string): Fault[] {
    const out: Fault[] = [];
    const gap = (a: Box, b: Box) =>
      Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));
    // Reaches are in drawing px, scaled as the drawing is on screen.
    const TOUCH = 2 * (svg.getScreenCTM()?.a ?? 1);
    const ids = (el: Element) => (el.getAttribute("data-figure") ?? "").split(" ").filter(Boolean);
    // A mark as seen: its box with its stroke (a period's span is a 4 px
    // stroke on a path of no height).
    const marks = [
      ...svg.querySelectorAll('[class*="tp-q-"] [data-figure], .tp-period [data-figure]'),
    ].map((m) => {
      const half =
        (parseFloat(getComputedStyle(m).strokeWidth) || 0) *
        ((m as SVGGraphicsElement).getScreenCTM()?.a ?? 1) *
        0.5;
      return {
        id: m.getAttribute("data-figure") ?? "",
        box: box(m.getBoundingClientRect(), -half, -half),
      };
    });
    const ends = (l: Element) => {
      const r = l as SVGLineElement;
      const m = r.getScreenCTM();
      const at = (x: number, y: number) => {
        const p = new DOMPoint(x, y).matrixTransform(m ?? undefined);
        return { x: p.x, y: p.y };
      };
      return [
        at(r.x1.baseVal.value, r.y1.baseVal.value),
        at(r.x2.baseVal.value, r.y2.baseVal.value),
      ] as const;
    };
    const point = (p: { x: number; y: number }): Box => ({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
    /** Marks (other than `own`) a segment crosses: points along it inside a mark's box inset by 1 px. */
    const crossed = (l: Element, own: readonly string[]) => {
      const [a, b] = ends(l);
      return marks.filter((m) => {
        if (own.includes(m.id)) return false;
        for (let k = 0; k <= 40; k++) {
          const x = a.x + ((b.x - a.x) * k) / 40;
          const y = a.y + ((b.y - a.y) * k) / 40;
          if (x > m.box.x0 + 1 && x < m.box.x1 - 1 && y > m.box.y0 + 1 && y < m.box.y1 - 1)
            return true;
        }
        return false;
      });
    };
    const leaders = [...svg.querySelectorAll(".tp-leader line")];
    for (const l of leaders) {
      const own = ids(l);
      if (own.length === 0)
        out.push({ kind: "label/figure", chart, detail: "a leader line has no data-figure" });
      for (const m of crossed(l, own))
        out.push({
          kind: "line/mark",
          chart,
          detail: `a leader line of ${own.join(" ")} crosses the mark of ${m.id}`,
        });
    }
    for (const l of svg.querySelectorAll(".tp-opening line"))
      for (const m of crossed(l, []))
        out.push({
          kind: "line/mark",
          chart,
          detail: `an opening line crosses the mark of ${m.id}`,
        });
    for (const t of svg.querySelectorAll(".tp-label text")) {
      const rects = [...t.querySelectorAll("tspan")].map((s) => s.getBoundingClientRect());
      const parts = (rects.length > 0 ? rects : [t.getBoundingClientRect()]).filter(
        (r) => r.width > 0,
      );
      if (parts.length === 0) continue;
      const label: Box = {
        x0: Math.min(...parts.map((r) => r.left)),
        y0: Math.min(...parts.map((r) => r.top)),
        x1: Math.max(...parts.map((r) => r.right)),
        y1: Math.max(...parts.map((r) => r.bottom)),
      };
      const text = (t.textContent ?? "").replace(/[\u202A-\u202E\u2066-\u2069]/g, "").trim();
      const own = ids(t);
      const missing = own.filter((id) => !marks.some((m) => m.id === id));
      if (own.length === 0 || missing.length > 0) {
        out.push({
          kind: "label/figure",
          chart,
          detail:
            own.length === 0
              ? `“${text}” has no data-figure`
              : `“${text}” names ${missing.join(" ")}, not drawn here`,
        });
        continue;
      }
      const key = own.join(" ");
      const mine = marks.filter((m) => own.includes(m.id));
      const led = leaders.some((l) => {
        if (ids(l).join(" ") !== key) return false;
        const [a, b] = ends(l).map(point) as [Box, Box];
        const joins = (p: Box, q: Box) =>
          gap(p, label) <= TOUCH && mine.some((m) => gap(q, m.box) <= TOUCH);
        return joins(a, b) || joins(b, a);
      });
      if (led) continue;
      const near = (list: typeof marks) => Math.min(...list.map((m) => gap(label, m.box)));
      const others = marks.filter((m) => !own.includes(m.id));
      const ownGap = near(mine);
      const otherGap = others.length > 0 ? near(others) : Infinity;
      if (ownGap + 1 > otherGap) {
        const nearest = others.find((m) => gap(label, m.box) === otherGap);
        out.push({
          kind: "label/nearest",
          chart,
          detail: `“${text}” (${key}) is ${ownGap.toFixed(1)} px from its mark, ${otherGap.toFixed(1)} px from ${nearest?.id ?? "another"}'s, with no leader line joining them`,
        });
      }
    }
    return out;
  }
}

async function measureAt(page: Page, { path }: DrawingCase, width: number, scheme: string) {
  await page.emulateMedia({ colorScheme: scheme as "light" | "dark" });
  const { drawings: n, faults } = await page.evaluate(measure, {
    minShare: MIN_PLOT_SHARE,
    minMapFont: MIN_MAP_FONT_PX,
  });
  drawings += n;
  found.push(...faults.map((f) => ({ ...f, path, width, scheme })));
  return faults.map(
    (f) => `${path} at ${width} px, ${scheme}: ${f.kind} in ${f.chart}: ${f.detail}`,
  );
}

describe("chart geometry in Chromium: no text over text or marks, none cut, the width used, marks in their series' colour, every label beside its own mark", () => {
  measureEachCase(site, cases, measureAt);
});
