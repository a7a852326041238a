import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartsWithData } from "../../../src/charts/index.ts";
import { cutAround } from "../../../src/charts/openings.ts";
import { gap, NEARER, placeLabels, type Box } from "../../../src/charts/place-labels.ts";
import { textWidth } from "../../../src/lib/draw/text-width.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { siteName } from "../../../src/lib/format/scope.ts";
import { renderChart } from "../../../src/render/render-chart.ts";

// Issue 24: a label reads as its own figures' — nearest to their marks, or
// tied to one by a leader line — and says which figures it labels.

const frame: Box = { x0: 0, y0: 0, x1: 620, y1: 300 };
/** A mark of radius 5 at (x, y). */
const mark = (x: number, y: number): Box => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });

describe("placeLabels: every label beside its own mark", () => {
  it("never centres a label over a neighbour: the spot above a dot at the frame's edge, slid left, is refused", () => {
    // "500 (AllAfrica)" over the 2024 dot at x 614, the 2022 circle at x 564 at the same height:
    // right and left are taken (frame, neighbour); above, slid inside the frame, would
    // sit as near the 2022 circle as its own dot.
    const own = mark(614, 100);
    const other = mark(564, 100);
    const [at] = placeLabels(
      [{ target: own, width: 90, height: 15, own: [0] }],
      [own, other],
      frame,
    );
    expect(at).toBeDefined();
    const box = at?.box as Box;
    if (!at?.leader) expect(gap(box, own) + NEARER).toBeLessThanOrEqual(gap(box, other));
    else {
      // Tied by a leader line from its own dot.
      expect([at.leader.x1, at.leader.y1]).toEqual([614, 95]);
    }
    // Before issue 24 it went above, centred at x 575, 3 px from both marks.
    expect(at?.box).not.toEqual({ x0: 530, y0: 77, x1: 620, y1: 92 });
  });

  it("takes a spot nearest its own mark over one only a leader line ties to it", () => {
    const own = mark(200, 100);
    const [at] = placeLabels(
      [{ target: own, width: 40, height: 14 }],
      [own, mark(250, 100)],
      frame,
    );
    expect(at).toMatchObject({ anchor: "end", box: { x0: 152, x1: 192 } });
    expect(at?.leader).toBeUndefined();
  });

  it("counts every mark a label speaks for as its own: coincident figures share one label", () => {
    // Four figures at one spot (2011 turnover: three "700", one "plus de 700").
    const marks = [mark(300, 180), mark(300, 180), mark(300, 180), mark(300, 180)];
    const [shared] = placeLabels(
      [{ target: mark(300, 180), width: 60, height: 14, own: [0, 1, 2, 3] }],
      marks,
      frame,
    );
    expect(shared?.anchor).toBe("start");
    expect(shared?.leader).toBeUndefined();
    // One label for one of them only is ambiguous there: no spot reads as its own
    // without a leader line, and a leader line from that spot ends on the others too.
    const [alone] = placeLabels(
      [{ target: mark(300, 180), width: 60, height: 14, own: [0] }],
      marks,
      frame,
    );
    expect(alone?.leader).toBeDefined();
  });

  it("leaves a label out rather than put it where it reads as another's", () => {
    const tight: Box = { x0: 0, y0: 0, x1: 100, y1: 40 };
    const own = mark(50, 20);
    const [at] = placeLabels(
      [{ target: own, width: 30, height: 14, own: [0] }],
      [own, mark(15, 20), mark(85, 20), mark(50, 5), mark(50, 35)],
      tight,
    );
    expect(at).toBeUndefined();
  });
});

describe("cutAround(x, y1, y2, boxes): an opening line broken around marks", () => {
  it("stops 2 px short of each mark it passes, and leaves marks beside it alone", () => {
    expect(cutAround(100, 50, 350, [mark(100, 150), mark(100, 300), mark(120, 200)])).toEqual([
      [50, 143],
      [157, 293],
      [307, 350],
    ]);
  });

  it("merges overlapping cuts and drops an empty piece", () => {
    expect(cutAround(100, 50, 200, [mark(100, 52), mark(100, 60)])).toEqual([[67, 200]]);
  });
});

// The charts of release 2.1.0 as drawn at build time, in every language, wide and narrow.
const dataset = siteData().datasets.get("2.1.0") as Dataset;
const svgs = LANGS.flatMap((lang) =>
  chartsWithData(dataset).flatMap(({ slug }) =>
    renderChart(dataset, lang, slug).panels.flatMap((p, i) =>
      [p.wide, p.narrow].flatMap((svg, w) =>
        svg
          ? [{ name: `${slug} ${lang} #${i + 1} ${w ? "narrow" : "wide"}`, slug, lang, svg }]
          : [],
      ),
    ),
  ),
);
const parse = (svg: string) =>
  parseHTML(`<html><body>${svg}</body></html>`).document.querySelector("svg") as Element;
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const translate = (el: Element) =>
  (/translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "") ?? [])
    .slice(1)
    .map(Number) as [number, number];
/** A mark's centre, as the symbol is drawn: a circle's cx, cy; a caret's translate; a span's middle. */
function centre(m: Element): [number, number] {
  if (m.localName === "circle") return [num(m, "cx"), num(m, "cy")];
  if (m.hasAttribute("transform")) return translate(m);
  const [x1, y, x2] = (/^M([-\d.]+),([-\d.]+)L([-\d.]+)/.exec(m.getAttribute("d") ?? "") ?? [])
    .slice(1)
    .map(Number) as [number, number, number];
  return [(x1 + x2) / 2, y];
}
/** A label's box as placeLabels estimated it: its anchor, lines and widths. */
function labelBox(t: Element): Box {
  const [x, y] = translate(t);
  const lines = [...t.querySelectorAll("tspan")];
  const texts = lines.length > 0 ? lines.map((l) => l.textContent ?? "") : [t.textContent ?? ""];
  const w = Math.max(...texts.map((s) => textWidth(s, 12)));
  const h = texts.length * 12 * 1.15 + 2;
  const anchor = t.getAttribute("text-anchor");
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: y - h / 2, y1: y + h / 2 };
}
/**
 * A mark's box as drawn, with its stroke: a dot's circle (stroke 1, or 2
 * when hollow); a caret's triangle (marks.ts: Plot's, tip 9.8 px from its
 * centre, base 4.9 px, 8.48 px aside) turned as its transform says; a
 * span's 4 px stroke.
 */
function drawnBox(m: Element): Box {
  const [cx, cy] = centre(m);
  const stroke = m.parentElement?.getAttribute("stroke-width");
  if (m.localName === "circle") {
    const r = num(m, "r") + Number(stroke ?? 1) / 2;
    return { x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r };
  }
  if (!m.hasAttribute("transform")) {
    const [x1, x2] = (/^M([-\d.]+),[-\d.]+L([-\d.]+)/.exec(m.getAttribute("d") ?? "") ?? [])
      .slice(1)
      .map(Number) as [number, number];
    return { x0: Math.min(x1, x2), x1: Math.max(x1, x2), y0: cy - 2, y1: cy + 2 };
  }
  const turn =
    (Number(/rotate\(([-\d.]+)\)/.exec(m.getAttribute("transform") ?? "")?.[1] ?? 0) * Math.PI) /
    180;
  const corners = [
    [0, -9.8],
    [8.48, 4.9],
    [-8.48, 4.9],
  ].map(([x, y]) => [
    cx + (x ?? 0) * Math.cos(turn) - (y ?? 0) * Math.sin(turn),
    cy + (x ?? 0) * Math.sin(turn) + (y ?? 0) * Math.cos(turn),
  ]);
  const xs = corners.map((c) => c[0] ?? 0);
  const ys = corners.map((c) => c[1] ?? 0);
  return {
    x0: Math.min(...xs) - 0.5,
    x1: Math.max(...xs) + 0.5,
    y0: Math.min(...ys) - 0.5,
    y1: Math.max(...ys) + 0.5,
  };
}

describe("charts of release 2.1.0: labels and leader lines say which figures they label", () => {
  it("draws them (every chart with data, fr/en/ar, wide and narrow)", () => {
    expect(svgs.length).toBeGreaterThan(40);
  });

  it("gives every label and leader line the ids of figures whose marks the drawing has", () => {
    for (const { name, svg } of svgs) {
      const root = parse(svg);
      const marks = new Set(
        [...root.querySelectorAll("[data-figure]:not(text):not(line)")].map((m) =>
          m.getAttribute("data-figure"),
        ),
      );
      for (const el of root.querySelectorAll(".tp-label text, .tp-leader line")) {
        const ids = (el.getAttribute("data-figure") ?? "").split(" ").filter(Boolean);
        expect(ids.length, `${name}: “${el.textContent}”`).toBeGreaterThan(0);
        for (const id of ids) expect(marks.has(id), `${name}: ${id}`).toBe(true);
      }
    }
  });

  it("puts each label nearest its own marks, or ties it to one with a leader line crossing no other", () => {
    for (const { name, svg } of svgs) {
      const root = parse(svg);
      const marks = [...root.querySelectorAll("[data-figure]:not(text):not(line)")].map((m) => ({
        id: m.getAttribute("data-figure") ?? "",
        box: drawnBox(m),
      }));
      const leaders = [...root.querySelectorAll(".tp-leader line")];
      for (const t of root.querySelectorAll(".tp-label text")) {
        const key = t.getAttribute("data-figure") ?? "";
        const ids = key.split(" ");
        const mine = marks.filter((m) => ids.includes(m.id)).map((m) => m.box);
        const others = marks.filter((m) => !ids.includes(m.id)).map((m) => m.box);
        const leader = leaders.find((l) => l.getAttribute("data-figure") === key);
        const what = `${name}: “${t.textContent}”`;
        if (leader) {
          const start = { x: num(leader, "x1"), y: num(leader, "y1") };
          const at = { x0: start.x, x1: start.x, y0: start.y, y1: start.y };
          // Leaving from its own mark's edge (within 1 px of the symbol drawn).
          expect(Math.min(...mine.map((b) => gap(at, b))), what).toBeLessThanOrEqual(1);
          // and from no other mark (its ends and every point between).
          for (let k = 0; k <= 40; k++) {
            const x = start.x + ((num(leader, "x2") - start.x) * k) / 40;
            const y = start.y + ((num(leader, "y2") - start.y) * k) / 40;
            const inside = others.filter(
              (b) => x > b.x0 + 0.5 && x < b.x1 - 0.5 && y > b.y0 + 0.5 && y < b.y1 - 0.5,
            );
            expect(inside, `${what}: its leader line crosses another mark`).toEqual([]);
          }
          continue;
        }
        const box = labelBox(t);
        const near = (boxes: Box[]) => Math.min(...boxes.map((b) => gap(box, b)));
        if (others.length > 0) expect(near(mine) + NEARER, what).toBeLessThanOrEqual(near(others));
      }
    }
  });

  it("labels “500 (AllAfrica)” as the 2024 figure's, not the 2022 La Vie éco circle's", () => {
    let seen = 0;
    for (const { name, svg } of svgs.filter((s) => s.slug === "entreprises" && s.lang === "fr")) {
      const root = parse(svg);
      const id = "allafrica-gitex-2024.companies_hosted.network.2024";
      const label = root.querySelector(`.tp-label text[data-figure="${id}"]`);
      if (!label) continue;
      const dot = root.querySelector(`circle[data-figure="${id}"]`) as Element;
      const leader = root.querySelector(`.tp-leader line[data-figure="${id}"]`);
      // Tied by a leader line leaving its own dot, straight up.
      expect(leader, name).not.toBeNull();
      expect([num(leader as Element, "x1"), num(leader as Element, "x2")], name).toEqual([
        num(dot, "cx"),
        num(dot, "cx"),
      ]);
      seen++;
    }
    // Wide and narrow, the label is drawn (tied to its dot), not left out.
    expect(seen).toBe(2);
  });

  it("labels the 2011 turnover spot with all four figures drawn there, the three press ones and the blog's", () => {
    const svg = svgs.find((s) => s.slug === "chiffre-affaires" && s.lang === "fr")?.svg ?? "";
    const label = [...parse(svg).querySelectorAll(".tp-label text")].find((t) =>
      (t.getAttribute("data-figure") ?? "").includes("jaridatarbawiya-700-2012"),
    );
    expect(label?.getAttribute("data-figure")?.split(" ").sort()).toEqual([
      "jaridatarbawiya-700-2012.turnover_mad.casablanca.2011",
      "lesoir-10ans.turnover_mad.casablanca.2011",
      "telquel-2012.turnover_mad.casablanca.2011",
      "vitaminedz-benmakhlouf-2011.turnover_mad.casablanca.2011",
    ]);
    const text = [...(label?.querySelectorAll("tspan") ?? [])].map((l) => l.textContent).join(" ");
    expect(text).toContain("plus de 700 millions de");
    // A source's name is one piece: its spaces are no-break (wholeName).
    expect(text).toContain("(Le\u00a0Soir\u00a0échos, TelQuel,");
  });

  it("runs no opening line through a mark: Casablanca's 2015 occupancy dot is off Tanger's line", () => {
    for (const { name, svg } of svgs.filter((s) => s.slug === "taux-occupation")) {
      const root = parse(svg);
      const dot = root.querySelector(
        'circle[data-figure="lavieeco-700.occupancy_pct.casablanca.2015"]',
      ) as Element;
      const [cx, cy] = centre(dot);
      const through = [...root.querySelectorAll(".tp-opening line")].filter(
        (l) =>
          Math.abs(num(l, "x1") - cx) < 4.5 &&
          Math.min(num(l, "y1"), num(l, "y2")) < cy + 4.5 &&
          Math.max(num(l, "y1"), num(l, "y2")) > cy - 4.5,
      );
      expect(through, name).toEqual([]);
      // The line is still there, stopped short of the dot.
      expect(
        [...root.querySelectorAll(".tp-opening line")].filter((l) => num(l, "x1") === cx).length,
        name,
      ).toBeGreaterThan(0);
    }
  });
});

describe("the openings band of release 2.1.0", () => {
  it("names each of the six parks apart, the two of Agadir included, wide and narrow, in every language", () => {
    for (const { name, svg, lang } of svgs.filter((s) => s.slug === "entreprises")) {
      const names = [...parse(svg).querySelectorAll(".tp-opening-label text")].map((t) =>
        (t.textContent ?? "").replace(/[\u202A-\u202E]/g, ""),
      );
      expect(names, name).toEqual(dataset.sites.map((s) => siteName(dataset, s, lang)));
      expect(new Set(names).size, name).toBe(6);
    }
  });
});
