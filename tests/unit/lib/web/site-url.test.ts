import { describe, expect, it } from "vitest";
import { absoluteUrl, siteUrlFor } from "../../../../src/lib/web/site-url.ts";

describe("siteUrlFor", () => {
  it("stops a build without SITE_URL, naming it", () => {
    expect(() => siteUrlFor("build", {})).toThrow(/^SITE_URL is not set: /);
    expect(() => siteUrlFor("build", { SITE_URL: "  " })).toThrow(/^SITE_URL is not set: /);
  });

  it("lets dev, preview and check run on the local address", () => {
    expect(siteUrlFor("dev", {})).toBe("http://127.0.0.1:4321/");
    expect(siteUrlFor("config", {})).toBe("http://127.0.0.1:4321/");
  });

  it("takes a public address as given", () => {
    expect(siteUrlFor("build", { SITE_URL: "https://data.example.ma" })).toBe(
      "https://data.example.ma/",
    );
  });

  it("refuses what is not an http(s) address", () => {
    expect(() => siteUrlFor("build", { SITE_URL: "data.example.ma" })).toThrow(
      'SITE_URL "data.example.ma" is not a URL',
    );
    expect(() => siteUrlFor("build", { SITE_URL: "ftp://example.ma/" })).toThrow(
      'SITE_URL "ftp://example.ma/" must be an http(s) address',
    );
  });
});

describe("absoluteUrl", () => {
  it("resolves a based path against the site", () => {
    expect(absoluteUrl("/tec/fr/donnees/", new URL("https://example.org/"))).toBe(
      "https://example.org/tec/fr/donnees/",
    );
  });
  it("never falls back to a local address", () => {
    expect(() => absoluteUrl("/fr/", undefined)).toThrow("absoluteUrl(/fr/): no site URL");
  });
});
