import { describe, expect, it } from "vitest";
import { charsPerLine, countedWidth, textWidth } from "../../../../src/lib/draw/text-width.ts";

describe("textWidth(text, fontPx)", () => {
  it("adds each character's measured advance, taken 6 % wider", () => {
    // "i" 0.26 em and "m" 0.93 em in Noto Sans, at 10 px.
    expect(textWidth("im", 10)).toBeCloseTo((0.26 + 0.93) * 10 * 1.06, 9);
  });

  it("measures an accented letter as its base letter, and a bidi control as nothing", () => {
    expect(textWidth("é", 12)).toBe(textWidth("e", 12));
    expect(textWidth("\u202Bab\u202C", 12)).toBe(textWidth("ab", 12));
  });
});

describe("countedWidth(text, fontPx)", () => {
  it("counts 0.56 em a character, whatever the character", () => {
    expect(countedWidth("iiii", 10)).toBeCloseTo(22.4, 9);
    expect(countedWidth("mmmm", 10)).toBeCloseTo(22.4, 9);
    expect(countedWidth("", 10)).toBe(0);
  });
});

describe("charsPerLine(room, fontPx)", () => {
  it("is how many whole characters of 0.56 em fit in the room", () => {
    // 100 / 5.6 = 17.9
    expect(charsPerLine(100, 10)).toBe(17);
    expect(charsPerLine(113, 10)).toBe(20);
  });
});
