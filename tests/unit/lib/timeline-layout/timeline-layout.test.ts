import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../../src/i18n/index.ts";
import type { Dataset } from "../../../../src/lib/data/dataset.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";
import { shortLabel } from "../../../../src/lib/format/timeline-text.ts";
import type { TimelineChartInput } from "../../../../src/lib/timeline-layout/timeline-chart.ts";
import {
  HORIZONTAL_WIDTH,
  layoutHorizontal,
} from "../../../../src/lib/timeline-layout/timeline-layout-h.ts";
import {
  layoutVertical,
  VERTICAL_NARROW,
  VERTICAL_WIDE,
} from "../../../../src/lib/timeline-layout/timeline-layout-v.ts";
import {
  fitLabel,
  overlaps,
  placeText,
  textWidth,
  wrapText,
  type Box,
  type TimelineLayout,
} from "../../../../src/lib/timeline-layout/timeline-layout.ts";
import { timelinePageView } from "../../../../src/views/timeline-page.ts";

const v2 = siteData().datasets.get("2.0.0") as Dataset;
const input = (lang: Lang): TimelineChartInput => {
  const chart = timelinePageView(v2, lang).chart;
  if (!chart) throw new Error("nothing to draw");
  return chart;
};

describe("shortLabel(label)", () => {
  it("drops a trailing parenthesis", () => {
    expect(shortLabel("Ouverture du Technopark de Tanger (rez-de-chaussée et premier étage)")).toBe(
      "Ouverture du Technopark de Tanger",
    );
  });

  it("cuts after a whole word, never inside a quotation left open", () => {
    expect(shortLabel("Annonce d’un Technopark à Rabat « dans les prochains mois »")).toBe(
      "Annonce d’un Technopark à Rabat…",
    );
    expect(shortLabel("Le directeur général du Technopark part pour Technopolis Rabat")).toBe(
      "Le directeur général du Technopark part pour…",
    );
    expect(shortLabel("Fès : le Technoparc Fès-Saiss attendu d’ici fin 2023", 20)).toBe(
      "Fès : le Technoparc…",
    );
  });

  it("keeps a short label whole, in Arabic too", () => {
    expect(shortLabel("افتتاح تكنوبارك الرباط")).toBe("افتتاح تكنوبارك الرباط");
  });
});

describe("text measure and wrap", () => {
  it("errs wide: 0.56 em a character at 12 px", () => {
    expect(textWidth("2000")).toBe(27);
    expect(textWidth("Ouverture du Technopark de Casablanca")).toBe(249);
  });

  it("wraps by words to a width, cutting what the lines allowed cannot hold", () => {
    expect(wrapText("un deux trois quatre", 70)).toEqual(["un deux", "trois", "quatre"]);
    expect(wrapText("un deux trois quatre", 70, 2)).toEqual(["un deux", "trois…"]);
  });

  it("cuts a word wider than the line, and ends a cut piece with … when lines run out", () => {
    // 0.56 em × 12 px: 8 characters make 54 px, 9 make 61.
    expect(wrapText("Technoparkinterminable", 60)).toEqual(["Technopa", "rkinterm", "inable"]);
    expect(wrapText("Technoparkinterminable", 60, 2)).toEqual(["Technopa", "rkinter…"]);
    for (const line of wrapText("x".repeat(200), 60))
      expect(textWidth(line)).toBeLessThanOrEqual(60);
  });
});

describe("placing a text", () => {
  it("fits a mark's label to a width and a number of lines, and gives a mark with no label none", () => {
    const mark = input("fr").lanes.flatMap((l) => l.marks)[0];
    if (!mark) throw new Error("no mark");
    expect(fitLabel({ ...mark, label: "un deux trois quatre" }, 70, 2)).toEqual([
      "un deux",
      "trois…",
    ]);
    expect(fitLabel({ ...mark, label: "" }, 70, 2)).toEqual([]);
  });

  it("places lines at x, y with their anchor and the box they take", () => {
    // "un deux" is 7 characters: 7 × 0.56 × 12 = 47.04, so 48 px; 13 px above the baseline, 6 below.
    expect(placeText(["un deux"], 100, 50, "end", "tl-label")).toEqual({
      lines: ["un deux"],
      x: 100,
      y: 50,
      anchor: "end",
      box: { x0: 52, y0: 37, x1: 100, y1: 56 },
      className: "tl-label",
    });
    expect(placeText(["a", "b"], 10, 20, "start", "tl-year").box).toEqual({
      x0: 10,
      y0: 7,
      x1: 17,
      y1: 46,
    });
  });
});

/** Every box a reader sees: texts (lane and year labels, mark labels) and marks. */
function boxes(layout: TimelineLayout) {
  const texts = [
    ...layout.texts.map((t) => ({ what: t.lines.join(" "), box: t.box })),
    ...layout.marks.flatMap((m) =>
      m.label ? [{ what: m.label.lines.join(" "), box: m.label.box }] : [],
    ),
  ];
  const marks = layout.marks.map((m) => ({ what: m.mark.id, box: m.box }));
  return { texts, marks };
}

function faults(layout: TimelineLayout): string[] {
  const { texts, marks } = boxes(layout);
  const out: string[] = [];
  const inside = (b: Box) =>
    b.x0 >= 0 && b.y0 >= 0 && b.x1 <= layout.width && b.y1 <= layout.height;
  texts.forEach((a, i) => {
    if (!inside(a.box)) out.push(`outside: ${a.what}`);
    for (const b of texts.slice(i + 1))
      if (overlaps(a.box, b.box)) out.push(`text/text: ${a.what} | ${b.what}`);
    for (const m of marks) if (overlaps(a.box, m.box)) out.push(`text/mark: ${a.what} | ${m.what}`);
  });
  return out;
}

const DRAWINGS = [
  ["across", (i: TimelineChartInput) => layoutHorizontal(i)],
  ["down, tablet", (i: TimelineChartInput) => layoutVertical(i, VERTICAL_WIDE)],
  ["down, phone", (i: TimelineChartInput) => layoutVertical(i, VERTICAL_NARROW)],
] as const;

describe.each(LANGS)("the timeline of release 2.0.0 in %s", (lang) => {
  it.each(DRAWINGS)("%s: no text over text or a mark, none outside the drawing", (_, draw) => {
    expect(faults(draw(input(lang)))).toEqual([]);
  });

  it.each(DRAWINGS)("%s: every event once, with its short label", (_, draw) => {
    const layout = draw(input(lang));
    for (const e of v2.events) {
      const placed = layout.marks.filter((m) => m.mark.id === e.id);
      expect(placed.length, e.id).toBe(1);
      // The short label, or its first words when the lines allowed cannot hold it.
      const drawn = placed[0]?.label?.lines.join(" ") ?? "";
      const short = shortLabel(e[`label_${lang}`]);
      if (drawn !== short) {
        expect(drawn, e.id).toMatch(/…$/);
        expect(short.startsWith(drawn.slice(0, -1)), e.id).toBe(true);
      }
    }
  });
});

describe("the timeline down a phone", () => {
  it("gives a label two lines at most: the drawing is an index of the list, full labels there", () => {
    for (const lang of LANGS) {
      const labels = layoutVertical(input(lang), VERTICAL_NARROW).marks.flatMap((m) =>
        m.label ? [m.label.lines] : [],
      );
      expect(Math.max(...labels.map((l) => l.length)), lang).toBe(2);
      // The limit bites: some labels are cut where a third line would have gone on.
      expect(labels.filter((l) => l[1]?.endsWith("…")).length, lang).toBeGreaterThan(0);
    }
  });
});

describe("the timeline across", () => {
  const layout = layoutHorizontal(input("fr"));
  const x = (year: number) => 12 + ((year - 2000) / 26) * (HORIZONTAL_WIDTH - 24);

  it("draws each mark at its dates on a 2000–2025 axis", () => {
    const at = (id: string) => layout.marks.find((m) => m.mark.id === id)?.box;
    // 15 June 2016, a day: a dot centred on it.
    const ftour = at("h24info-2016.anniversary.casablanca") as Box;
    expect((ftour.x0 + ftour.x1) / 2).toBeCloseTo(x(2016 + 166 / 366), 0);
    // November 2023: a bar over the month (widened to 8 px, centred).
    const essaouira = at("industries-essaouira-2024.opening.essaouira") as Box;
    expect((essaouira.x0 + essaouira.x1) / 2).toBeCloseTo(x(2023 + (304 + 15) / 365), 0);
  });

  it("puts a label after its mark (before it in Arabic), on the other side near an edge", () => {
    const label = (l: TimelineLayout, id: string) =>
      l.marks.find((m) => m.mark.id === id)?.label?.anchor;
    expect(label(layout, "vitaminedz-benmakhlouf-2011.opening.casablanca")).toBe("start");
    expect(label(layout, "industries-essaouira-2024.opening.essaouira")).toBe("end");
    const ar = layoutHorizontal(input("ar"));
    // Near the left edge an Arabic label goes after its mark; most go before.
    expect(label(ar, "vitaminedz-benmakhlouf-2011.opening.casablanca")).toBe("start");
    const sides = (l: TimelineLayout, anchor: string) =>
      l.marks.filter((m) => m.label?.anchor === anchor).length;
    expect(sides(ar, "end")).toBeGreaterThan(sides(ar, "start"));
    expect(sides(layout, "start")).toBeGreaterThan(sides(layout, "end"));
    // Years still read left to right.
    const years = ar.texts.filter((t) => t.className === "tl-year");
    expect(years.map((t) => t.lines[0])).toEqual(
      [...years].sort((a, b) => a.x - b.x).map((t) => t.lines[0]),
    );
    expect(years[0]?.lines[0]).toBe("2000");
  });

  it("keeps plans in their own lane, below a separator", () => {
    const plans = layout.marks.filter((m) => m.lane === "plan");
    expect(plans.length).toBe(v2.events.filter((e) => e.kind === "plan").length);
    const line = layout.separators[0]?.y1 ?? Infinity;
    for (const m of plans) expect(m.box.y0).toBeGreaterThan(line);
    for (const m of layout.marks.filter((m) => m.lane !== "plan"))
      expect(m.box.y1).toBeLessThan(line);
  });
});

describe("the timeline down the page", () => {
  const layout = layoutVertical(input("fr"), VERTICAL_NARROW);
  /** The y of each year's tick, by section: the facts' axis, then the plans'. */
  const ticks = () => {
    const years = layout.texts.filter((t) => t.className === "tl-year");
    return years.map((t) => ({ year: Number(t.lines[0]), y: t.box.y0 - 1 }));
  };

  it("runs time downwards: year ticks in order, facts from 2000, plans from 2007", () => {
    const all = ticks();
    const plansStart = all.findIndex((t, i) => i > 0 && t.year < (all[i - 1]?.year ?? 0));
    const facts = all.slice(0, plansStart);
    const plans = all.slice(plansStart);
    expect(facts[0]?.year).toBe(2000);
    expect(plans[0]?.year).toBe(2007);
    for (const part of [facts, plans])
      part.forEach((t, i) => {
        if (i === 0) return;
        expect(t.year).toBe((part[i - 1]?.year ?? 0) + 1);
        // At least 28 px a year, more where labels need room.
        expect(t.y - (part[i - 1]?.y ?? 0)).toBeGreaterThanOrEqual(27.9);
      });
  });

  it("keeps each mark in its year and its label level with it", () => {
    const all = ticks();
    for (const m of layout.marks.filter((p) => p.label)) {
      const year = Math.floor(m.mark.from);
      const section =
        m.lane === "plan" ? all.filter((t) => t.y > (layout.separators[0]?.y1 ?? 0)) : all;
      const start = section.find((t) => t.year === year)?.y ?? -Infinity;
      const next = section.find((t) => t.year === year + 1)?.y ?? Infinity;
      const top = m.box.y0 + (m.shape === "dot" ? 3.5 : 2.5);
      expect(top, m.mark.id).toBeGreaterThanOrEqual(start - 0.1);
      expect(top, m.mark.id).toBeLessThan(next);
      const [from, to] = m.leader ?? [];
      expect(from?.[1], m.mark.id).toBe(to?.[1]);
    }
  });

  it("stacks the five plans of 15 June 2016 one under the other, in 2016", () => {
    const june = layout.marks.filter((m) => m.lane === "plan" && m.mark.from === 2016 + 166 / 366);
    expect(june.length).toBe(5);
    const ys = june.map((m) => m.box.y0);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("mirrors in Arabic: years on the right, labels right-aligned left of the marks", () => {
    const ar = layoutVertical(input("ar"), VERTICAL_NARROW);
    const year = ar.texts.find((t) => t.className === "tl-year");
    expect(year?.anchor).toBe("end");
    expect(year?.x).toBeGreaterThan(VERTICAL_NARROW / 2);
    for (const m of ar.marks.filter((p) => p.label)) {
      expect(m.label?.anchor).toBe("end");
      expect(m.label?.box.x1 ?? Infinity).toBeLessThan(m.box.x0);
    }
  });
});
