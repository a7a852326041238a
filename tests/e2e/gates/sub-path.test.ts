import { describe, expect, it } from "vitest";
import { built } from "../../helpers/injected-builds.ts";
import { brokenLinks, describeFindings, outsideReferences } from "../helpers/link-check.ts";

// The site as GitHub Pages serves it: built with BASE_PATH (a sub-path) and
// SITE_URL (its public origin), so any link or asset that forgets the base
// breaks here. Checked statically; every page of this build is also loaded
// in Chromium, where a missing asset is a failed request
// (pages-in-chromium.test.ts).
const { dist, base, origin } = built("subPath");

describe(`the site built under ${base}`, () => {
  it("names no internal URL outside the base or missing from the build", () => {
    expect(describeFindings(brokenLinks(dist, { base, siteUrl: origin }))).toBe("");
  });

  it("references no other origin (its absolute URLs are its own)", () => {
    expect(describeFindings(outsideReferences(dist, { base, siteUrl: origin }))).toBe("");
  });
});
