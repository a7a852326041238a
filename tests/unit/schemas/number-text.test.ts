import { describe, expect, it } from "vitest";
import { numberProblem } from "../../../src/schemas/common.ts";
import { canonicalNumberText, plainNumberText } from "../../../src/schemas/number-text.ts";

describe("plainNumberText", () => {
  it("writes small and large numbers without an exponent", () => {
    expect(plainNumberText(1e-7)).toBe("0.0000001");
    expect(plainNumberText(1.25e-8)).toBe("0.0000000125");
    expect(plainNumberText(1e21)).toBe("1000000000000000000000");
    expect(plainNumberText(800_000_000)).toBe("800000000");
    expect(plainNumberText(1.5)).toBe("1.5");
  });

  it("refuses Infinity rather than write it", () => {
    expect(() => plainNumberText(Infinity)).toThrow("plainNumberText: Infinity is not finite");
  });
});

describe("numberProblem", () => {
  it("accepts a value that round-trips, padding zeros included", () => {
    expect(numberProblem("0.0000001")).toBeUndefined();
    expect(numberProblem("007.50")).toBeUndefined();
    expect(canonicalNumberText("007.50")).toBe("7.5");
  });

  it("refuses a decimal with more digits than a number keeps", () => {
    expect(numberProblem("0.10000000000000000001")).toBe(
      "would be stored rounded, as 0.1: keep to 15 significant digits",
    );
  });
});
