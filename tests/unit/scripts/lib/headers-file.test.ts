import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHeadersFile, patternMatches } from "../../../../scripts/lib/headers-file.ts";

const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));
const policies = (path: string) =>
  rules
    .filter((r) => patternMatches(r.pattern, path))
    .flatMap((r) => r.headers.filter(([n]) => n.toLowerCase() === "content-security-policy"))
    .map(([, v]) => v);

describe("public/_headers for SVG files", () => {
  it.each([
    "/fr/graphiques/emplois/chart.svg",
    "/ar/graphiques/chiffre-affaires/chart.svg",
    "/favicon.svg",
  ])("serves %s with a policy that allows no script, as the last (overriding) rule", (path) => {
    const last = policies(path).at(-1) ?? "";
    expect(last).toMatch(/^default-src 'none';/);
    expect(last).not.toMatch(/script-src/);
  });

  it("leaves the pages' own policy alone", () => {
    expect(policies("/fr/graphiques/emplois/")).toHaveLength(1);
    expect(policies("/fr/graphiques/emplois/")[0]).toContain("script-src 'self' 'unsafe-inline'");
  });
});
