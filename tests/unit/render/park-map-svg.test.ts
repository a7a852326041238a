import { describe, expect, it } from "vitest";
import {
  dropRepeats,
  MAP_FONT,
  renderParkMap,
  wrapLabel,
} from "../../../src/render/park-map-svg.ts";
import { textWidth } from "../../../src/charts/text-width.ts";

describe("dropRepeats(d)", () => {
  it("drops a line-to that repeats the point before it", () => {
    expect(dropRepeats("M1,2L1,2L3,4L3,4ZM1,2L1,2Z")).toBe("M1,2L3,4ZM1,2Z");
  });
});

describe("wrapLabel(text, width)", () => {
  it("wraps at words, no line wider than the width unless a word is", () => {
    const lines = wrapLabel("Cité de l’innovation Souss-Massa", 100);
    expect(lines.join(" ")).toBe("Cité de l’innovation Souss-Massa");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, MAP_FONT)).toBeLessThanOrEqual(100);
  });

  it("cuts a 200-character word and stops at three lines, the last ending in …", () => {
    const lines = wrapLabel(`Technopark ${"x".repeat(200)}`, 100);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("Technopark");
    expect(lines[2]?.endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, MAP_FONT)).toBeLessThanOrEqual(100);
  });
});

describe("renderParkMap(input)", () => {
  const parks = [
    {
      id: "a",
      href: "/fr/sites/a/",
      name: "Parc A",
      details: ["Ouvert en 2020"],
      lon: -9.6,
      lat: 30.42,
    },
    {
      id: "b",
      href: "/fr/sites/b/",
      name: "Parc B",
      details: ["Ouvert en 2021"],
      lon: -9.6,
      lat: 30.42,
    },
    {
      id: "c",
      href: "/fr/sites/c/",
      name: "Parc C",
      details: ["Ouvert en 2001"],
      lon: -5.8,
      lat: 35.77,
    },
  ];
  const svg = renderParkMap({ id: "m", lang: "fr", title: "Carte", desc: "Trois parcs", parks });

  it("links a mark and a label to each park's page", () => {
    for (const p of parks) expect(svg.split(`href="${p.href}"`).length - 1).toBe(2);
  });

  it("draws parks of one city side by side, and labels north to south without overlap", () => {
    const cx = [...svg.matchAll(/<circle r="[\d.]+" cy="([\d.]+)" cx="([\d.]+)"/g)].map((m) => [
      Number(m[2]),
      Number(m[1]),
    ]);
    expect(cx).toHaveLength(3);
    expect(cx[0]?.[1]).toBe(cx[1]?.[1]);
    expect(cx[0]?.[0]).not.toBe(cx[1]?.[0]);
    const ys = [...svg.matchAll(/<text text-anchor="end" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    // Parc C (north) first; each label two lines of 14 units apart.
    expect(svg.indexOf("Parc C")).toBeLessThan(svg.indexOf("Parc A"));
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(28);
  });

  it("has a title and a description, and no other host", () => {
    expect(svg).toContain('role="group"');
    expect(svg).toContain('<title id="m-title">Carte</title><desc id="m-desc">Trois parcs</desc>');
    expect(svg.match(/https?:\/\//g)).toEqual(["http://"]); // the SVG namespace only
  });
});
