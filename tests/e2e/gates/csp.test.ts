import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST } from "../../helpers/dist.ts";
import { parsePolicy, policyProblems } from "../helpers/csp.ts";
import { parseHeadersFile, patternMatches } from "../../../scripts/lib/headers-file.ts";
import { describeFindings, outsideReferences } from "../helpers/link-check.ts";
import { fileOf, pageKind, sitePages, siteUrlOf } from "../../../scripts/lib/site-pages.ts";

const pages = sitePages(DIST).all;
const html = (page: string) => readFileSync(join(DIST, fileOf(DIST, page) as string), "utf8");

describe("Content-Security-Policy meta tag", () => {
  // Before any script or inline style, so that the policy governs them. (A
  // same-origin stylesheet link may precede it: the policy allows it anyway;
  // so may JSON-LD, which is data, never run.)
  it.each(pages)("%s has one, before any script or style, allowing no other origin", (page) => {
    const { document } = parseHTML(html(page));
    const metas = [...document.querySelectorAll("meta")].filter(
      (m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
    );
    expect(metas.length, `${page}: CSP meta tags`).toBe(1);
    const meta = metas[0] as Element;
    const first = document.querySelector(
      'head style, head script:not([type]), head script[type="module"], head script[type*="javascript"]',
    );
    if (first)
      expect(
        meta.compareDocumentPosition(first) & 4, // DOCUMENT_POSITION_FOLLOWING
        `${page}: CSP meta tag comes after <${first.localName}>`,
      ).toBeTruthy();
    const problems = policyProblems(parsePolicy(meta.getAttribute("content") ?? ""));
    expect(problems.map((p) => `${page}: ${p}`)).toEqual([]);
  });
});

describe("public/_headers", () => {
  const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));
  const cspRules = rules.filter((r) =>
    r.headers.some(([n]) => n.toLowerCase() === "content-security-policy"),
  );

  it("is published with the site", () => {
    expect(readFileSync(join(DIST, "_headers"), "utf8")).toBe(
      readFileSync("public/_headers", "utf8"),
    );
  });

  it.each(pages)(
    "%s gets exactly one policy header: no other origin; framed only if an embed",
    (page) => {
      const matching = cspRules.filter((r) => patternMatches(r.pattern, page));
      expect(
        matching.map((r) => `line ${r.line}: ${r.pattern}`),
        `${page}: rules of public/_headers setting Content-Security-Policy`,
      ).toHaveLength(1);
      const value = (matching[0]?.headers ?? []).find(
        ([n]) => n.toLowerCase() === "content-security-policy",
      )?.[1];
      const policy = parsePolicy(value ?? "");
      expect(policyProblems(policy, { allowInline: true }).map((p) => `${page}: ${p}`)).toEqual([]);
      expect(policy.get("frame-ancestors")?.join(" "), `${page}: frame-ancestors`).toBe(
        pageKind(page) === "embed" ? "*" : "'none'",
      );
    },
  );
});

describe("outside origins", () => {
  it("no built page or stylesheet makes the browser fetch from, or points metadata at, another origin", () => {
    const findings = outsideReferences(DIST, { siteUrl: siteUrlOf(DIST) });
    expect(describeFindings(findings)).toBe("");
  });
});
