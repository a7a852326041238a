import { describe, expect, it } from "vitest";
import { DIST } from "../../helpers/dist.ts";
import { brokenLinks, describeFindings } from "../helpers/link-check.ts";
import { siteUrlOf } from "../../../scripts/lib/site-pages.ts";

describe("links and assets of the built site", () => {
  it("every internal URL named by a page, stylesheet, SVG, sitemap, robots.txt or data index is built, #fragments included", () => {
    const findings = brokenLinks(DIST, { siteUrl: siteUrlOf(DIST) });
    expect(describeFindings(findings)).toBe("");
  });
});
