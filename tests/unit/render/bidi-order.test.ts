import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { svgText, wholeName } from "../../../src/charts/labels.ts";
import type { Lang } from "../../../src/i18n/index.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import type { Source } from "../../../src/lib/data/dataset.ts";
import { chartSvgFile, sourceLines } from "../../../src/render/image-content.ts";
import { FONT_FILES } from "../../../src/render/png.ts";

// The order a PNG prints mixed text in is read from resvg itself: pieces of
// one <text> are given their own colours (tspans, which the bidi algorithm
// sees through), resvg lays the text out as it does for the PNG, and its
// tree (Resvg.toString, text turned into one path per coloured piece) gives
// where each piece was drawn.

// Release 2.0.0 never changes: its Al Massae source is dated "2008 – 2011"
// and titled in Arabic.
const v2 = siteData().datasets.get("2.0.0");
if (!v2) throw new Error("release 2.0.0 is missing");

const COLOURS = ["#ff0000", "#00ff00", "#0000ff"];

/** The leftmost x at which resvg draws each coloured piece of `svg`. */
function drawnAt(svg: string): number[] {
  const tree = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "Noto Sans" },
  }).toString();
  return COLOURS.map((colour) => {
    const path = new RegExp(`<path fill="${colour}"[^>]* d="([^"]+)"`, "i").exec(tree);
    if (!path?.[1]) throw new Error(`resvg drew nothing in ${colour}`);
    return Math.min(...[...path[1].matchAll(/(-?[\d.]+) -?[\d.]+/g)].map((m) => Number(m[1])));
  });
}

/** `svg` with the first <text> holding `line`'s pieces, each piece in its colour. */
function colourPieces(svg: string, pieces: readonly string[]): string {
  const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)];
  const text = texts.find((m) => {
    let from = 0;
    return pieces.every((p) => (from = (m[1] ?? "").indexOf(p, from)) >= 0);
  });
  if (!text) throw new Error(`no <text> holds ${pieces.join(" … ")}`);
  let body = text[1] ?? "";
  pieces.forEach((p, i) => {
    body = body.replace(p, `<tspan fill="${COLOURS[i]}">${p}</tspan>`);
  });
  return svg.replace(text[0], text[0].replace(text[1] ?? "", body));
}

describe("mixed text as resvg draws it (the PNG)", () => {
  it.each<[Lang, string, string]>([
    // After Al Massae's Arabic title: the French image printed "2011 – 2008".
    ["fr", "2008", "2011"],
    ["en", "2008", "2011"],
    ["ar", "2008", "2011"],
    // After madein.city's French title on the Arabic image.
    ["ar", "2011", "2012"],
  ])("a period in the sources reads in the language's order (%s: %s – %s)", (lang, from, to) => {
    const svg = chartSvgFile(v2, lang, "emplois", { version: "2.0.0" });
    const [start, dash, end] = drawnAt(colourPieces(svg, [from, "–", to])) as [
      number,
      number,
      number,
    ];
    if (lang === "ar") expect([start > dash, dash > end]).toEqual([true, true]);
    else expect([start < dash, dash < end]).toEqual([true, true]);
  });

  it("draws a Latin source name in an Arabic label whole, its brackets around it", () => {
    const label = svgText(`حوالي 2.000 (${wholeName("Les Eco", "ar")})`, "ar");
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40" direction="ltr"` +
      ` font-family="Noto Sans, Noto Sans Arabic" font-size="12"><text x="300" y="20" text-anchor="end">${label}</text></svg>`;
    const [open, name, close] = drawnAt(colourPieces(svg, ["(", "Les\u00a0Eco", ")"])) as [
      number,
      number,
      number,
    ];
    // Right to left: the opening bracket on the right, the closing one on the left.
    expect([open > name, name > close]).toEqual([true, true]);
  });
});

describe("sourceLines(sources, lang)", () => {
  const source = (publisher: string, title: string, language: string) =>
    ({ publisher, title, language, published: "2008/2011" }) as Source;

  it("isolates a title in the other script and keeps a publisher's name whole", () => {
    const [, arabicTitle, frenchSource] = sourceLines(
      [
        source("Al Massae", "[تكنوبارك الدار البيضاء]", "ar"),
        source("Le Soir échos", "Dix ans", "fr"),
      ],
      "fr",
    );
    expect(arabicTitle).toBe(
      "Al\u00a0Massae, «\u00a0\u2068[تكنوبارك الدار البيضاء]\u2069\u00a0», 2008 – 2011",
    );
    expect(frenchSource).toBe("Le\u00a0Soir\u00a0échos, «\u00a0Dix ans\u00a0», 2008 – 2011");
    const [, , onArabic] = sourceLines(
      [
        source("Al Massae", "[تكنوبارك الدار البيضاء]", "ar"),
        source("Le Soir échos", "Dix ans", "fr"),
      ],
      "ar",
    );
    expect(onArabic?.startsWith("\u2068Le\u00a0Soir\u00a0échos, «Dix ans»\u2069")).toBe(true);
  });
});
