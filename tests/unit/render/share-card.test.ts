import { describe, expect, it } from "vitest";
import { siteData } from "../../../src/lib/data/site-data.ts";
import type { Lang } from "../../../src/i18n/index.ts";
import type { ImageContent } from "../../../src/render/chart-image.ts";
import { chartSharePng, imageContent } from "../../../src/render/image-content.ts";
import { svgToPng } from "../../../src/render/png.ts";
import { shareCardSvg, SHARE_HEIGHT, SHARE_WIDTH } from "../../../src/render/share-card.ts";
import { decodePng, type Pixels } from "../../charts/png-decode.ts";
import { LONG_WORDS } from "../../e2e/helpers/fixture-release.ts";

// Release 1.1.0 never changes: its cards are pinned.
const dataset = siteData().datasets.get("1.1.0");
if (!dataset) throw new Error("release 1.1.0 is missing");

describe("share card (og:image)", () => {
  it("is 1200 × 630 and carries title, first source and version as text", () => {
    const svg = shareCardSvg(imageContent(dataset, "fr", "emplois", { version: "1.1.0" }));
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/,
    );
    expect(svg).toContain(">Emplois</text>");
    expect(svg).toContain(
      "Sources : Le360, «\u00a0Technopark, ses réussites et ses projets\u00a0», 2014 – 2015 (+4)</text>",
    );
    expect(svg).toContain("Technopark en chiffres · données version 1.1.0 · CC BY 4.0</text>");
  });

  it("shows the drawing at its own size at least, the takeaway and title giving up lines", () => {
    // Scaled into the card below 1, the drawing's 11–12 px text fell under
    // 11 px (10.7 and 9.8 px in Chromium, issue 24). Every chart of 1.1.0
    // that is a drawing, in every language.
    const scales = (["fr", "en", "ar"] as const).flatMap((lang) =>
      ["entreprises", "emplois", "chiffre-affaires", "nouvelles-entreprises"].map((slug) => {
        const svg = shareCardSvg(imageContent(dataset, lang, slug, { version: "1.1.0" }));
        return Number(/<g transform="translate\([\d.]+,\d+\) scale\(([\d.]+)\)">/.exec(svg)?.[1]);
      }),
    );
    expect(scales.every((s) => s >= 1)).toBe(true);
    const svg = shareCardSvg(imageContent(dataset, "fr", "emplois", { version: "1.1.0" }));
    // One line of title and one of takeaway: the drawing takes the rest.
    expect(svg.match(/font-size="40"/g)).toHaveLength(1);
    expect(svg.match(/font-size="24"/g)).toHaveLength(1);
  });

  it("right-aligns Arabic text", () => {
    const svg = shareCardSvg(imageContent(dataset, "ar", "emplois", { version: "1.1.0" }));
    expect(svg).toContain(
      `<text x="1152" y="88" font-size="40" text-anchor="end" font-weight="700">`,
    );
  });

  it("renders a PNG of that size with text drawn (dark pixels in the title band)", () => {
    const png = decodePng(chartSharePng(dataset, "en", "emplois", { version: "1.1.0" }));
    expect([png.width, png.height]).toEqual([1200, 630]);
    let dark = 0;
    for (let y = 48; y < 100; y++)
      for (let x = 48; x < 400; x++) if ((png.rgba[(y * png.width + x) * 4] ?? 255) < 100) dark++;
    expect(dark).toBeGreaterThan(500);
  });
});

/** Columns from `x0` to `x1` (excluded) holding a pixel darker than the white ground. */
function inkedColumns(png: Pixels, x0: number, x1: number): number[] {
  const inked: number[] = [];
  for (let x = x0; x < x1; x++)
    for (let y = 0; y < png.height; y++)
      if ((png.rgba[(y * png.width + x) * 4] ?? 255) < 200) {
        inked.push(x);
        break;
      }
  return inked;
}

describe("share card with a 200-character word in every text", () => {
  // A figure's card (a big number) whose metric, site and source are each
  // one word of 200 characters, as a careless data edit could make them.
  const card = (lang: Lang, word: string): ImageContent => ({
    lang,
    title: word,
    takeaway: `« ${word} »`,
    desc: word,
    panels: [{ heading: word, number: { value: "80", meta: `${word} · 2016`, quote: "" } }],
    key: [],
    sources: ["Sources :", word],
    credit: "Technopark en chiffres · données version 99.0.0 · CC BY 4.0",
  });

  it.each([
    ["fr", LONG_WORDS.latin],
    ["ar", LONG_WORDS.arabic],
  ] as const)("keeps every line of text inside the card's margins (%s)", (lang, word) => {
    const png = decodePng(svgToPng(shareCardSvg(card(lang, word)), 1));
    expect([png.width, png.height]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
    // The text runs to the edge of the 48 px margins at most: the 40 px
    // along each side stay white. (Before words were cut, the title ran on
    // past x = 1200, off the card.)
    expect(inkedColumns(png, 0, 40)).toEqual([]);
    expect(inkedColumns(png, SHARE_WIDTH - 40, SHARE_WIDTH)).toEqual([]);
    // And the text is there, not dropped: its lines fill most of the width.
    expect(inkedColumns(png, 40, SHARE_WIDTH - 40).length).toBeGreaterThan(700);
  });

  it("cuts the word across the title's two lines and ends the second with …", () => {
    const svg = shareCardSvg(card("fr", LONG_WORDS.latin));
    const title = [...svg.matchAll(/<text [^>]*font-size="40"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1] ?? "",
    );
    const [first = "", second = ""] = title;
    expect(title).toHaveLength(2);
    expect(second).toMatch(/…$/);
    expect(LONG_WORDS.latin.startsWith(first + second.replace(/…$/, ""))).toBe(true);
  });
});
