import { describe, expect, it } from "vitest";
import type { MarkKinds } from "../../../src/charts/types.ts";
import { keyEntries, keyItems, keySymbol } from "../../../src/render/key-symbols.ts";

const kinds = (over: Partial<MarkKinds>): MarkKinds => ({
  qualifiers: new Set(),
  links: false,
  openings: false,
  periods: { exact: false, other: false },
  series: [],
  ...over,
});

// A period figure is drawn as a span, bold when exact and pale when
// approximate or a bound: the key says what each means, as it does for dots.
describe("the key of period figures", () => {
  it("explains the bold and the pale span, after the dots and before links and openings", () => {
    const items = keyItems([
      kinds({
        qualifiers: new Set(["exact"]),
        periods: { exact: true, other: true },
        openings: true,
      }),
    ]);
    expect(items).toEqual(["exact", "period", "period_other", "opening"]);
  });

  it("lists only the spans drawn, across panels", () => {
    expect(keyItems([kinds({ periods: { exact: false, other: true } })])).toEqual(["period_other"]);
    expect(
      keyItems([
        kinds({ periods: { exact: true, other: false } }),
        kinds({ periods: { exact: false, other: true } }),
      ]),
    ).toEqual(["period", "period_other"]);
    expect(keyItems([kinds({ qualifiers: new Set(["approx"]) })])).toEqual(["approx"]);
  });

  it("words them in every language", () => {
    const both = [kinds({ periods: { exact: true, other: true } })];
    expect(keyEntries(both, "fr").map((e) => e.text)).toEqual([
      "trait horizontal épais : chiffre d’une période, tracé sur toute sa durée",
      "trait épais pâle : chiffre d’une période approximatif ou borne (« plus de »)",
    ]);
    expect(keyEntries(both, "en").map((e) => e.text)).toEqual([
      "thick horizontal line: a figure for a period, drawn across all of it",
      "pale thick line: a period figure that is approximate or a bound (“more than”)",
    ]);
    expect(keyEntries(both, "ar").map((e) => e.text)).toEqual([
      "خط أفقي سميك: رقم يخص فترة، يُرسم على امتدادها كلها",
      "خط سميك باهت: رقم فترة تقريبي أو حد («أكثر من»)",
    ]);
  });

  it("draws the pale span as pale as the chart does, the bold one as bold", () => {
    expect(keySymbol("period")).toContain('stroke-opacity="0.9"');
    expect(keySymbol("period_other")).toContain('stroke-opacity="0.55"');
  });
});
