import { describe, expect, it } from "vitest";
import type { Source } from "../../../../src/lib/data/dataset.ts";
import { sourceByline, sourcePublished } from "../../../../src/lib/format/source-credit.ts";

const printed = {
  publisher: "TelQuel",
  author: "",
  published: "2012-02-13",
  published_basis: "printed",
} as Source;
const inferred = {
  publisher: "madein.city",
  author: "Zineb Bennouna",
  published: "2016-06",
  published_basis: "inferred",
} as Source;

describe("sourceByline", () => {
  it("names the publisher, then the author where one is named", () => {
    expect(sourceByline(printed)).toBe("TelQuel");
    expect(sourceByline(inferred)).toBe("madein.city, Zineb Bennouna");
  });
});

describe("sourcePublished", () => {
  it("gives the date as printed, and flags a date inferred from the content", () => {
    expect(sourcePublished(printed, "fr")).toBe("publié 13 février 2012");
    expect(sourcePublished(inferred, "fr")).toBe("publié juin 2016 (date déduite du contenu)");
  });
});
