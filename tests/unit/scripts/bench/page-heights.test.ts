import { describe, expect, it } from "vitest";
import { heightsTable } from "../../../../scripts/bench/page-heights.ts";

// The benchmark's chart page heights: each page's height at 1280 px against
// its height before #15 (4147 px for the French new-companies chart).
describe("heightsTable", () => {
  const table = (at1280: number, path = "/fr/graphiques/nouvelles-entreprises/") =>
    heightsTable([{ path, at375: 9000, at1280 }]).split("\n")[2] ?? "";

  it("passes a page at least a third shorter than before", () => {
    const row = table(2729);
    expect(row).toContain("4147 px");
    expect(row).toContain("-34.2 %");
    expect(row).toContain("✅ a third shorter");
  });

  it("fails a page less than a third shorter", () => {
    expect(table(2970)).toContain("-28.4 %");
    expect(table(2970)).toContain("❌ a third shorter");
    // 2/3 of 4147 is 2764.7: one pixel over fails.
    expect(table(2765)).toContain("❌");
    expect(table(2764)).toContain("✅");
  });

  it("gives no verdict for a page without a baseline", () => {
    const row = table(3000, "/fr/graphiques/nouveau/");
    expect(row).toContain("— a third shorter");
    expect(row).not.toMatch(/[✅❌]/u);
  });
});
