import { describe, expect, it } from "vitest";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { chartSharePng, imageContent } from "../../../src/render/image-content.ts";
import { shareCardSvg } from "../../../src/render/share-card.ts";
import { decodePng } from "../../charts/png-decode.ts";

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
      "Sources : Le360, « Technopark, ses réussites et ses projets », 2014 – 2015 (+4)</text>",
    );
    expect(svg).toContain("Technopark en chiffres · données version 1.1.0 · CC BY 4.0</text>");
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
