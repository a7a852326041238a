import { describe, expect, it } from "vitest";
import {
  balanceEmbeddings,
  isolateForeign,
  svgText,
  wholeName,
  wrapLabel,
  wrapWords,
} from "../../../src/charts/labels.ts";
import { links } from "../../../src/charts/links.ts";
import { placeLabels, type Box } from "../../../src/charts/place-labels.ts";
import { textWidth } from "../../../src/lib/draw/text-width.ts";
import type { Observation } from "../../../src/lib/data/dataset.ts";

const frame: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
/** A mark of radius 5 at (x, y). */
const mark = (x: number, y: number): Box => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("placeLabels(requests, obstacles, frame)", () => {
  it("puts a lone label right of its mark, 3 px off, centred on it", () => {
    const [at] = placeLabels(
      [{ target: mark(100, 100), width: 40, height: 14 }],
      [mark(100, 100)],
      frame,
    );
    expect(at).toEqual({
      x: 108,
      y: 100,
      anchor: "start",
      box: { x0: 108, y0: 93, x1: 148, y1: 107 },
    });
  });

  it("puts it left of its mark when the right runs out of the frame", () => {
    const [at] = placeLabels(
      [{ target: mark(390, 100), width: 40, height: 14 }],
      [mark(390, 100)],
      frame,
    );
    expect([at?.x, at?.anchor]).toEqual([382, "end"]);
  });

  it("fans same-year labels out with leader lines, never moving a mark", () => {
    // Six figures of one year at nearly the same value: the marks stay, the labels move.
    const ys = [100, 104, 108, 112, 116, 120];
    const marks = ys.map((y) => mark(200, y));
    const placed = placeLabels(
      marks.map((target) => ({ target, width: 60, height: 14 })),
      marks,
      frame,
    );
    expect(placed.every(Boolean)).toBe(true);
    expect(placed.filter((p) => p?.leader).length).toBeGreaterThan(0);
    const boxes = placed.map((p) => p?.box as Box);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(meet(a, b)).toBe(false);
      for (const m of marks) expect(meet(a, m)).toBe(false);
    }
    expect(marks).toEqual(ys.map((y) => mark(200, y)));
  });

  it("leaves out a label that has no free spot inside the frame", () => {
    const tight: Box = { x0: 0, y0: 0, x1: 60, y1: 20 };
    expect(placeLabels([{ target: mark(30, 10), width: 80, height: 14 }], [], tight)).toEqual([
      undefined,
    ]);
  });
});

describe("links(points)", () => {
  const point = (year: number, value: number, extra: Partial<Observation> = {}) => ({
    obs: {
      site: "casablanca",
      scope: "",
      year,
      value,
      qualifier: "exact",
      ...extra,
    } as Observation,
    x: year,
    y: value,
    slot: 1,
  });

  it("joins consecutive years of one series", () => {
    expect(links([point(2005, 500), point(2006, 500)])).toEqual([
      { x1: 2005, y1: 500, x2: 2006, y2: 500, slot: 1 },
    ]);
  });

  it("never joins across a gap, a change of scope or a year whose sources disagree", () => {
    expect(links([point(2005, 90), point(2015, 100)])).toEqual([]);
    expect(
      links([
        point(2015, 800, { site: "network", scope: "casablanca;rabat" }),
        point(2016, 800, { site: "network" }),
      ]),
    ).toEqual([]);
    expect(links([point(2015, 700), point(2016, 800), point(2016, 900)])).toEqual([]);
  });

  it("never joins two horizons of a rate, and joins one horizon's consecutive years", () => {
    const rate = (year: number, horizon: string, horizon_from = "") =>
      point(year, 86, { site: "network", horizon, horizon_from } as Partial<Observation>);
    expect(links([rate(2021, "P18M", "incubation"), rate(2022, "P2Y")])).toEqual([]);
    expect(links([rate(2021, "P2Y"), rate(2022, "P2Y")])).toHaveLength(1);
  });

  it("counts identical figures of several sources as one value", () => {
    expect(links([point(2016, 800), point(2016, 800), point(2017, 900)])).toHaveLength(1);
  });
});

describe("textWidth(text, px)", () => {
  it("measures Noto Sans advances, a little wide, and ignores bidi controls", () => {
    expect(textWidth("800", 12)).toBeCloseTo(3 * 0.57 * 12 * 1.06, 5);
    expect(textWidth("\u202B800\u202C", 12)).toBe(textWidth("800", 12));
    expect(textWidth("é", 10)).toBe(textWidth("e", 10));
  });
});

describe("wrapWords(text, max)", () => {
  it("never breaks at a no-break space (a French number, a name)", () => {
    expect(wrapWords("environ 1\u202f500 selon La\u00a0Vie\u00a0éco", 12)).toEqual([
      "environ",
      "1\u202f500 selon",
      "La\u00a0Vie\u00a0éco",
    ]);
  });

  it("wraps at word boundaries", () => {
    expect(wrapWords("Tout le réseau des Technoparks", 12)).toEqual([
      "Tout le",
      "réseau des",
      "Technoparks",
    ]);
  });

  it("cuts a word longer than a line into lines, its end joining the next word", () => {
    expect(wrapWords("Anticonstitutionnellement dit", 10)).toEqual([
      "Anticonsti",
      "tutionnell",
      "ement dit",
    ]);
  });
});

describe("wrapLabel(text, maxPx, fontPx)", () => {
  it("never splits a name across lines, at a space or at a hyphen", () => {
    // Seen on the Arabic charts: «Les) 2.000 حوالي / (Eco» and (jarida- / tarbawiya.blogspot.com).
    const lesEco = `حوالي 2.000 (${wholeName("Les Eco", "ar")})`;
    const lines = wrapLabel(lesEco, 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((l) => l.includes("Les"))).toEqual(["(\u2068Les\u00a0Eco\u2069)"]);
    const blog = `plus de 300 (${wholeName("jarida-tarbawiya.blogspot.com", "fr")})`;
    expect(wrapLabel(blog, 120, 12)).toEqual(["plus de 300", "(jarida-tarbawiya.blogspot.com)"]);
  });

  it("wraps at spaces to the width it is given, a no-break space holding", () => {
    expect(wrapLabel("environ 1\u202f500 (Le\u00a0Soir\u00a0échos)", 100, 12)).toEqual([
      "environ 1\u202f500",
      "(Le\u00a0Soir\u00a0échos)",
    ]);
    expect(wrapLabel("2 000", 100, 12)).toEqual(["2 000"]);
  });

  it("closes an isolate a wrap leaves open and reopens it on the next line", () => {
    expect(wrapLabel("900 (\u2068Aujourd’hui le Maroc\u2069)", 80, 12)).toEqual([
      "900",
      "(\u2068Aujourd’hui\u2069",
      "\u2068le Maroc\u2069)",
    ]);
  });
});

describe("Arabic text in SVG", () => {
  it("embeds Arabic labels right to left and leaves other languages alone", () => {
    expect(svgText("أكثر من 900", "ar")).toBe("\u202Bأكثر من 900\u202C");
    expect(svgText("plus de 900", "fr")).toBe("plus de 900");
  });

  it("keeps a name whole: no-break spaces, and an isolate in the other script only", () => {
    expect(wholeName("La Vie éco", "ar")).toBe("\u2068La\u00a0Vie\u00a0éco\u2069");
    expect(wholeName("La Vie éco", "fr")).toBe("La\u00a0Vie\u00a0éco");
    expect(wholeName("الرباط", "ar")).toBe("الرباط");
    expect(isolateForeign("[تكنوبارك الدار البيضاء]", "fr")).toBe(
      "\u2068[تكنوبارك الدار البيضاء]\u2069",
    );
    expect(isolateForeign("H24info", "en")).toBe("H24info");
  });

  it("closes and reopens a left-to-right embedding across wrapped lines", () => {
    expect(balanceEmbeddings(["900 (\u202AAujourd’hui", "le Maroc\u202C)"])).toEqual([
      "900 (\u202AAujourd’hui\u202C",
      "\u202Ale Maroc\u202C)",
    ]);
  });
});
