import { describe, expect, it } from "vitest";
import { arabicFontCss, styleHash } from "../../../../src/lib/web/arabic-font.ts";

describe("arabicFontCss", () => {
  it("names the font file under the base, with or without its closing slash", () => {
    expect(arabicFontCss("/")).toContain('src:url("/fonts/noto-sans-arabic-400.woff2")');
    for (const base of ["/technopark-en-chiffres/", "/technopark-en-chiffres"])
      expect(arabicFontCss(base)).toContain(
        'src:url("/technopark-en-chiffres/fonts/noto-sans-arabic-400.woff2")',
      );
    expect(arabicFontCss("/technopark-en-chiffres")).toBe(
      arabicFontCss("/technopark-en-chiffres/"),
    );
  });

  it("sets the font list on Arabic documents only, above a plain :root", () => {
    expect(arabicFontCss("/")).toMatch(/:root:lang\(ar\)\{--font:[^}]*"Noto Sans Arabic Web"/);
    expect(arabicFontCss("/")).not.toMatch(/(^|\})\s*:root\s*\{/);
  });
});

describe("styleHash", () => {
  it("is the CSP source of an inline style's exact text (SHA-256, base64)", () => {
    // printf 'a{color:red}' | openssl dgst -sha256 -binary | base64
    expect(styleHash("a{color:red}")).toBe("sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs=");
  });
});
