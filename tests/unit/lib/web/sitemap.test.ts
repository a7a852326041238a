import { describe, expect, it } from "vitest";
import { isSitemapPage } from "../../../../src/lib/web/sitemap.ts";

const LANGS = ["fr", "en", "ar"];

describe("isSitemapPage(page, base, langs)", () => {
  it("keeps the pages under a language folder", () => {
    expect(isSitemapPage("https://x.org/fr/", "/", LANGS)).toBe(true);
    expect(isSitemapPage("https://x.org/ar/donnees/", "/", LANGS)).toBe(true);
    expect(isSitemapPage("https://x.org/tp/en/sites/rabat/", "/tp/", LANGS)).toBe(true);
  });

  it("leaves out the root redirect, embeds, 404 and other languages", () => {
    expect(isSitemapPage("https://x.org/", "/", LANGS)).toBe(false);
    expect(isSitemapPage("https://x.org/embed/latest/fr/emplois/", "/", LANGS)).toBe(false);
    expect(isSitemapPage("https://x.org/404/", "/", LANGS)).toBe(false);
    expect(isSitemapPage("https://x.org/de/", "/", LANGS)).toBe(false);
    expect(isSitemapPage("https://x.org/french/", "/", LANGS)).toBe(false);
  });

  it("reads the language folder after the base, not before it", () => {
    expect(isSitemapPage("https://x.org/fr/tp/", "/tp/", LANGS)).toBe(false);
    expect(isSitemapPage("https://x.org/tp/embed/fr/", "/tp/", LANGS)).toBe(false);
  });
});
