import { describe, expect, it } from "vitest";
import { dodge } from "../../src/charts/dodge.ts";
import { balanceEmbeddings, embedLtr, svgText, wrapWords } from "../../src/charts/labels.ts";
import { placeLabels, type PlacementFrame } from "../../src/charts/place-labels.ts";

const frame: PlacementFrame = {
  left: 0,
  right: 400,
  top: 0,
  bottom: 300,
  charPx: 6,
  linePx: 12,
  offset: 10,
};

describe("placeLabels(requests, frame)", () => {
  it("puts a lone label to the right of its mark, centred on it", () => {
    expect(placeLabels([{ x: 100, y: 100, lines: ["800"], required: false }], frame)).toEqual([
      { x: 110, y: 100, anchor: "start" },
    ]);
  });

  it("puts a label left of its mark when the right runs out of the frame", () => {
    const [at] = placeLabels([{ x: 390, y: 100, lines: ["plus de 900"], required: false }], frame);
    expect(at).toEqual({ x: 380, y: 100, anchor: "end" });
  });

  it("never lets two labels overlap; a value with no room left is left out", () => {
    const crowd = [0, 1, 2, 3, 4, 5].map((i) => ({
      x: 200,
      y: 100 + i * 2,
      lines: ["plus de 900"],
      required: false,
    }));
    const placed = placeLabels(crowd, frame);
    const width = "plus de 900".length * frame.charPx;
    const boxes = placed.flatMap((p) => {
      if (!p) return [];
      const x0 = p.anchor === "start" ? p.x : p.anchor === "end" ? p.x - width : p.x - width / 2;
      return [{ x0, x1: x0 + width, y0: p.y - 6, y1: p.y + 6 }];
    });
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.length).toBeLessThan(crowd.length);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });

  it("always draws a required label, keeping the vertical order of the marks", () => {
    const placed = placeLabels(
      [
        { x: 390, y: 280, lines: ["Rabat", "plus de 80"], required: true },
        { x: 390, y: 295, lines: ["Tanger", "plus de 20"], required: true },
      ],
      { ...frame, right: 500 },
    );
    expect(placed.every(Boolean)).toBe(true);
    expect((placed[0]?.y ?? 0) < (placed[1]?.y ?? 0)).toBe(true);
  });
});

describe("dodge(boxes, min, max, gap)", () => {
  it("leaves labels that do not touch where they are", () => {
    expect(
      dodge(
        [
          { centre: 10, size: 10 },
          { centre: 40, size: 10 },
        ],
        0,
        100,
      ),
    ).toEqual([10, 40]);
  });

  it("pushes overlapping labels apart in their order, within the bounds", () => {
    expect(
      dodge(
        [
          { centre: 95, size: 10 },
          { centre: 96, size: 10 },
        ],
        0,
        100,
        2,
      ),
    ).toEqual([83, 95]);
  });
});

describe("wrapWords(text, max)", () => {
  it("wraps at word boundaries, keeping a long word whole", () => {
    expect(wrapWords("Tout le réseau des Technoparks", 12)).toEqual([
      "Tout le",
      "réseau des",
      "Technoparks",
    ]);
    expect(wrapWords("Anticonstitutionnellement", 5)).toEqual(["Anticonstitutionnellement"]);
  });
});

describe("Arabic text in SVG", () => {
  it("embeds Arabic labels right to left and leaves other languages alone", () => {
    expect(svgText("أكثر من 900", "ar")).toBe("\u202Bأكثر من 900\u202C");
    expect(svgText("plus de 900", "fr")).toBe("plus de 900");
  });

  it("embeds a Latin name left to right inside Arabic text only", () => {
    expect(embedLtr("La Vie éco", "ar")).toBe("\u202ALa Vie éco\u202C");
    expect(embedLtr("الرباط", "ar")).toBe("الرباط");
    expect(embedLtr("La Vie éco", "fr")).toBe("La Vie éco");
  });

  it("closes and reopens a left-to-right embedding across wrapped lines", () => {
    expect(balanceEmbeddings(["900 (\u202AAujourd’hui", "le Maroc\u202C)"])).toEqual([
      "900 (\u202AAujourd’hui\u202C",
      "\u202Ale Maroc\u202C)",
    ]);
  });
});
