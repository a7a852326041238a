import { describe, expect, it } from "vitest";
import { cutWord, ellipsize, fillLines, fitLine } from "../../../../src/lib/format/cut-word.ts";

const atMost = (n: number) => (s: string) => [...s].length <= n;

describe("cutWord(word, fits)", () => {
  it("returns a word that fits whole", () => {
    expect(cutWord("Rabat", atMost(5))).toEqual(["Rabat"]);
  });

  it("cuts a longer word into the longest pieces that fit, keeping every character", () => {
    expect(cutWord("Anticonstitutionnellement", atMost(10))).toEqual([
      "Anticonsti",
      "tutionnell",
      "ement",
    ]);
  });

  it("never cuts inside a character: a letter and its combining accent stay together", () => {
    // "é" written as e + U+0301: two code points, one character.
    const word = "cite\u0301e\u0301";
    expect(cutWord(word, (s) => s.length <= 2)).toEqual(["ci", "t", "e\u0301", "e\u0301"]);
  });

  it("gives a character that fits nowhere a piece of its own", () => {
    expect(cutWord("abc", () => false)).toEqual(["a", "b", "c"]);
  });
});

describe("ellipsize(line, fits)", () => {
  it("adds … to a line that fits with it, dropping the punctuation left hanging", () => {
    expect(ellipsize("trois,", atMost(10))).toBe("trois…");
  });

  it("shortens a line from its end until it fits with the …", () => {
    expect(ellipsize("Technoparkinterminable", atMost(8))).toBe("Technop…");
  });

  it("returns the … alone when nothing else fits", () => {
    expect(ellipsize("abc", atMost(1))).toBe("…");
  });
});

describe("fitLine(line, fits)", () => {
  it("keeps a line that fits as it is, and cuts a longer one short with …", () => {
    expect(fitLine("Rabat", atMost(5))).toBe("Rabat");
    expect(fitLine("Technoparkinterminable", atMost(5))).toBe("Tech…");
  });
});

describe("fillLines(words, fits)", () => {
  it("joins each word to the line before it while the two fit, else starts a line", () => {
    expect(fillLines(["Le", "Technopark", "de", "Rabat"], atMost(13))).toEqual([
      "Le Technopark",
      "de Rabat",
    ]);
  });

  it("gives a word too long for any line a line of its own, uncut", () => {
    expect(fillLines(["à", "Anticonstitutionnellement", "ici"], atMost(10))).toEqual([
      "à",
      "Anticonstitutionnellement",
      "ici",
    ]);
  });

  it("returns no line for no word", () => {
    expect(fillLines([], atMost(10))).toEqual([]);
  });
});
