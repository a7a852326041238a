import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { paletteCss, SLOT_COLOURS } from "../../../src/charts/palette.ts";
import { t } from "../../../src/i18n/index.ts";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { chartSvgFile, imageContent } from "../../../src/render/image-content.ts";
import { roundNumbers } from "../../../src/render/normalise-svg.ts";
import { plotToSvg } from "../../../src/render/plot-svg.ts";
import { svgToPng } from "../../../src/render/png.ts";
import { darkPixels, decodePng } from "../../charts/png-decode.ts";

const v1 = siteData().datasets.get("1.0.0") as Dataset;
const meta = { idPrefix: "tp-x", title: "Emplois", desc: "Casablanca, 2011 : 1 500." };

describe("normaliseSvg(svg, meta)", () => {
  const svg = plotToSvg(
    {
      width: 300,
      height: 200,
      x: { domain: [2001, 2016], tickFormat: "d" },
      marks: [
        Plot.dot([{ x: 2011.333333333, y: 1 / 3 }], {
          x: "x",
          y: "y",
          fill: "currentColor",
          className: "tp-s1",
        }),
        Plot.ruleY([0], { clip: true }),
      ],
    },
    meta,
  );
  const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
  const root = doc.querySelector("svg");

  it("makes the SVG an image named by its title and described by its figures", () => {
    expect(root?.getAttribute("role")).toBe("img");
    expect(root?.getAttribute("aria-labelledby")).toBe("tp-x-title tp-x-desc");
    expect(doc.getElementById("tp-x-title")?.textContent).toBe("Emplois");
    expect(doc.getElementById("tp-x-desc")?.textContent).toBe("Casablanca, 2011 : 1 500.");
  });

  it("leaves no aria-label on mark groups, no font-variant attribute and no Plot style", () => {
    expect(svg).not.toMatch(/aria-label=/);
    expect(svg).not.toMatch(/font-variant=/);
    expect(svg).not.toMatch(/<style/);
    expect(doc.querySelectorAll(".tp-tnum").length).toBeGreaterThan(0);
  });

  it("renumbers ids from the prefix and rewrites the references to them", () => {
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.getAttribute("id"));
    expect(ids.every((id) => id?.startsWith("tp-x-"))).toBe(true);
    for (const el of doc.querySelectorAll("[clip-path]"))
      expect(el.getAttribute("clip-path")).toMatch(/^url\(#tp-x-\d+\)$/);
  });

  it("writes the series' light colour and fill, and keeps time left to right", () => {
    const dot = doc.querySelector("g.tp-s1");
    expect(dot?.getAttribute("color")).toBe(SLOT_COLOURS[1]?.light);
    expect(dot?.getAttribute("fill")).toBe("currentColor");
    expect(root?.getAttribute("direction")).toBe("ltr");
  });

  it("rounds coordinates to two decimals", () => {
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    expect(roundNumbers("M49.99999999999999,0L-0.0001,3.14159")).toBe("M50,0L0,3.14");
  });

  it("refuses a Plot figure (a title or legend in the options)", () => {
    expect(() => plotToSvg({ title: "x", marks: [] }, meta)).toThrow(/Plot returned <figure>/);
  });

  it("is the same string for the same options", () => {
    const again = plotToSvg({ marks: [Plot.ruleY([0], { clip: true })] }, meta);
    expect(plotToSvg({ marks: [Plot.ruleY([0], { clip: true })] }, meta)).toBe(again);
  });
});

describe("chart images", () => {
  it("draw the title, the sources and the credit into the SVG, with xmlns and fonts set", () => {
    const svg = chartSvgFile(v1, "fr", "emplois", { version: "1.0.0" });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/font-family="Noto Sans/);
    expect(svg).toContain(">Emplois</text>");
    expect(svg).toContain("Technopark en chiffres · données version 1.0.0 · CC BY 4.0");
    expect(svg).toContain(
      "H24info, «\u00a0Technopark: 15 ans, et déjà 900 entreprises accompagnées\u00a0», juin 2016",
    );
  });

  it("draw a single figure as a big number with its quote", () => {
    const content = imageContent(v1, "fr", "chiffre-affaires", { version: "1.0.0" });
    expect(content.panels).toEqual([
      {
        heading: "Chiffre d’affaires annuel",
        number: {
          value: "800 millions de dirhams",
          meta: `${t("fr", "site.network")}, 2016`,
          quote: `${t("fr", "quote.open")}chiffre d’affaires cumulé annuel de 800 millions de dirhams${t("fr", "quote.close")}`,
        },
      },
    ]);
  });

  it("render to a PNG at twice the size with text pixels in the title band, in French and in Arabic", () => {
    for (const lang of ["fr", "ar"] as const) {
      const svg = chartSvgFile(v1, lang, "emplois", { version: "1.0.0" });
      const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
      const png = decodePng(svgToPng(svg, 2));
      expect(png.width).toBe(2 * width);
      // The title is drawn from y = 24 to 48 px (48 to 96 at 2x): text pixels there.
      expect(darkPixels(png, 50, 94), lang).toBeGreaterThan(500);
      // The same image without its text has none there: those pixels are glyphs.
      const bare = svg.replace(/<text[^>]*>[^<]*<\/text>/g, "");
      expect(darkPixels(decodePng(svgToPng(bare, 2)), 50, 94), lang).toBe(0);
    }
  });
});

describe("paletteCss()", () => {
  const css = paletteCss();

  it("gives each site series its dark colour under prefers-color-scheme", () => {
    const dark = css.slice(
      css.indexOf("@media screen and (prefers-color-scheme: dark)"),
      css.indexOf("\n}\n"),
    );
    // The plot's marks and the key's series swatches alike.
    expect(dark).toContain(".tp-plot .tp-s1 {\n    color: #56b4e9;\n  }");
    expect(dark).toContain(".tp-key .tp-s5 {\n    color: #f0e442;\n  }");
    expect(dark.match(/tp-plot \.tp-s\d/g)).toEqual([
      "tp-plot .tp-s1",
      "tp-plot .tp-s2",
      "tp-plot .tp-s3",
      "tp-plot .tp-s4",
      "tp-plot .tp-s5",
      "tp-plot .tp-s6",
    ]);
  });

  it("forces both palettes in embeds, whose page chooses the theme", () => {
    expect(css).toContain('html[data-theme="light"] .tp-plot .tp-s2 {\n  color: #d55e00;\n}');
    expect(css).toContain('html[data-theme="dark"] .tp-key .tp-s2 {\n  color: #e69f00;\n}');
  });

  it("leaves the network (slot 0) in the text colour", () => {
    expect(css).not.toMatch(/tp-s0|currentcolor/i);
  });
});
