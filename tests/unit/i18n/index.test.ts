import { describe, expect, it } from "vitest";
import { langParam, LANGS, STRINGS, t } from "../../../src/i18n/index.ts";
import { fr } from "../../../src/i18n/fr.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  const keys = Object.keys(fr).sort();

  it.each(LANGS)("%s has exactly the keys of French, none empty", (lang) => {
    const table = STRINGS[lang] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys) expect(table[key]?.trim(), `${lang}: ${key}`).not.toBe("");
  });

  it.each(LANGS)("%s uses the same {placeholders} as French in every string", (lang) => {
    const table = STRINGS[lang] as Record<string, string>;
    for (const key of keys)
      expect(placeholders(table[key] ?? ""), `${lang}: ${key}`).toEqual(
        placeholders((fr as Record<string, string>)[key] ?? ""),
      );
  });

  it("fills placeholders and refuses a missing value", () => {
    expect(t("fr", "qualifier.more_than", { value: "900" })).toBe("plus de 900");
    expect(t("en", "qualifier.more_than", { value: "900" })).toBe("more than 900");
    expect(() => t("fr", "qualifier.more_than")).toThrow(
      "t(fr, qualifier.more_than): no value for {value}",
    );
  });
});

describe("langParam(param)", () => {
  it("gives back a served language", () => {
    expect(LANGS.map((l) => langParam(l))).toEqual(["fr", "en", "ar"]);
  });

  it("stops on any other value, naming it", () => {
    expect(() => langParam("de")).toThrow('[lang] is "de", not one of fr, en, ar');
    expect(() => langParam(undefined)).toThrow("[lang] is undefined, not one of fr, en, ar");
  });
});
