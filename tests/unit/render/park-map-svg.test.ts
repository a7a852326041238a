import { describe, expect, it } from "vitest";
import {
  dropRepeats,
  MAP_FONT,
  renderParkMap,
  wrapLabel,
} from "../../../src/render/park-map-svg.ts";
import { textWidth } from "../../../src/lib/draw/text-width.ts";

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

describe("renderParkMap(input) with planned cities", () => {
  const park = {
    id: "rabat",
    href: "/fr/sites/rabat/",
    name: "Technopark de Rabat",
    details: ["Ouvert en 2012"],
    lon: -6.83255,
    lat: 34.01325,
  };
  const plans = [
    { id: "oujda", href: "/fr/chronologie/#o", name: "Oujda", lon: -1.90858, lat: 34.68139 },
    { id: "tiznit", href: "/fr/chronologie/#t", name: "Tiznit", lon: -9.73162, lat: 29.69742 },
    { id: "fes", href: "/fr/chronologie/#f", name: "Fès", lon: -5.00028, lat: 34.03313 },
  ];
  const svg = renderParkMap({
    id: "m",
    lang: "fr",
    title: "Carte",
    desc: "Un parc, trois projets",
    parks: [park],
    plans,
  });
  const rings = [...svg.matchAll(/<circle r="3.5" cy="([\d.]+)" cx="([\d.]+)"/g)].map((m) => ({
    x: Number(m[2]),
    y: Number(m[1]),
  }));
  const names = [
    ...svg.matchAll(/<text y="([\d.]+)" x="([\d.]+)"><tspan x="[\d.]+">([^<]+)<\/tspan>/g),
  ].map((m) => ({ y: Number(m[1]), x: Number(m[2]), name: m[3] }));

  it("draws each planned city as a ring in its own group, before the parks' dots, linked to its plans", () => {
    expect(rings).toHaveLength(3);
    expect(svg.indexOf('class="tp-q-plan"')).toBeGreaterThan(0);
    expect(svg.indexOf('class="tp-q-plan"')).toBeLessThan(svg.indexOf('class="tp-q-park"'));
    for (const p of plans) expect(svg.split(`href="${p.href}"`).length - 1).toBe(2);
  });

  it("names them in a column at the right edge, west first, below every mark that reaches it", () => {
    expect(names.map((n) => n.name)).toEqual(["Tiznit", "Fès", "Oujda"]);
    const left = names[0]?.x ?? 0;
    const reaching = rings.filter((r) => r.x + 3.5 >= left - 6);
    // Fès and Oujda reach the column; Tiznit, far south-west, does not.
    expect(reaching).toHaveLength(2);
    const lowest = Math.max(...reaching.map((r) => r.y + 3.5));
    for (const [i, n] of names.entries()) {
      expect(n.x).toBe(names[0]?.x);
      expect(n.x).toBeGreaterThan(118);
      if (i > 0) expect(n.y - (names[i - 1]?.y ?? 0)).toBe(14);
    }
    // The first name's line box (font 12 on a 14 line) starts below the lowest ring.
    expect((names[0]?.y ?? 0) - 11).toBeGreaterThan(lowest);
  });

  it("draws no plan group when there is none", () => {
    const none = renderParkMap({ id: "m", lang: "fr", title: "C", desc: "D", parks: [park] });
    expect(none).not.toContain("tp-q-plan");
    expect(none).not.toContain("tp-map-plan-labels");
  });
});
