import { describe, expect, it } from "vitest";
import { fold, keyWords, keyWordsAfter, westernDigits } from "../../../../src/lib/verify/fold.ts";

describe("fold(text)", () => {
  it("drops accents and case, and makes the Arabic letters written alike one", () => {
    expect(fold("Entreprises HÉBERGÉES")).toBe("entreprises hebergees");
    expect(fold("أكادير")).toBe(fold("اكادير"));
    expect(fold("مقاولة")).toBe("مقاوله");
    expect(fold("إنشاء")).toBe("انشاء");
    expect(fold("jusqu’à")).toBe("jusqu'a");
  });
});

describe("westernDigits(text)", () => {
  it("reads Arabic-Indic and Eastern Arabic-Indic digits and separators, keeping offsets", () => {
    expect(westernDigits("حوالي ١٤٠٠ موظف")).toBe("حوالي 1400 موظف");
    expect(westernDigits("۲۰۱۶")).toBe("2016");
    expect(westernDigits("١٬٥٠٠ و ٢٫٥")).toBe("1,500 و 2.5");
  });
});

describe("keyWords(text)", () => {
  it("cuts Arabic prefixes and Latin plurals, and leaves out short words", () => {
    expect(keyWords("Les entreprises de Rabat")).toEqual(["entreprise", "rabat"]);
    expect(keyWords("Companies hosted")).toEqual(["company", "hosted"]);
    expect(keyWords("بالدار البيضاء والرباط")).toEqual(["دار", "بيضاء", "رباط"]);
  });

  it("keyWordsAfter reads what a number counts: the three words after it", () => {
    const text = "emploient 2.000 salariés et dirigeants du parc";
    expect(keyWordsAfter(text, text.indexOf("2.000") + 5)).toEqual(["salary", "dirigeant"]);
  });
});
