import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../../src/lib/data/dataset.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";
import { checkSentence, readSentence } from "../../../../src/lib/verify/check-sentence.ts";
import { verifyIndex } from "../../../../src/views/verify-page.ts";
import { VERIFY_SENTENCES } from "../../../helpers/verify-sentences.ts";

const NNBSP = "\u202f";

/** Each sentence, and per number it states: the verdict and the figure given (pinned by hand). */
const SENTENCES = Object.values(VERIFY_SENTENCES).flat();

describe.each(["2.0.0", "2.1.0"])("checkSentence(index, sentence) on release %s", (version) => {
  const index = verifyIndex(siteData().datasets.get(version) as Dataset, "fr");
  it.each(SENTENCES)("%s", (sentence, expected) => {
    const got = checkSentence(index, sentence).map((c) => [c.verdict, c.figure?.id]);
    expect(got).toEqual(expected);
  });

  it("covers at least 30 sentences in French, English and Arabic", () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(30);
    for (const list of Object.values(VERIFY_SENTENCES)) expect(list.length).toBeGreaterThan(5);
  });
});

describe("readSentence(sentence)", () => {
  it("reads digits as people write them, with the qualifier before them and the years apart", () => {
    const read = readSentence(
      `En 2016, plus de 1${NNBSP}500 emplois, près de 2.000 salariés et ١٥٠ شركة`,
    );
    expect(read.years).toEqual([2016]);
    expect(read.numbers.map((n) => [n.qualifier, n.values])).toEqual([
      ["more_than", [1500]],
      ["approx", [2000, 2]],
      ["exact", [150]],
    ]);
  });

  it("reads «au moins», «jusqu'à», «أكثر من», «حوالي», «قرابة» and the unit after the number", () => {
    const q = (s: string) => readSentence(s).numbers.map((n) => [n.qualifier, n.unit ?? ""]);
    expect(q("au moins 40 startups, jusqu’à 30 ans")).toEqual([
      ["more_than", ""],
      ["at_most", "years"],
    ]);
    expect(q("أكثر من 900 مقاولة و حوالي 10% و قرابة 700 مليون درهم")).toEqual([
      ["more_than", ""],
      ["approx", "percent"],
      ["approx", "MAD"],
    ]);
  });
});
