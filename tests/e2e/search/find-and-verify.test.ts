import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "../helpers/site-session.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { LANGS, type Lang } from "../../../src/i18n/index.ts";
import { latestRelease, loadRelease } from "../../../src/lib/release/releases.ts";
import { checkSentence } from "../../../src/lib/verify/check-sentence.ts";
import { verifyIndex } from "../../../src/views/verify-page.ts";
import { built } from "../../helpers/injected-builds.ts";
import { VERIFY_SENTENCES } from "../../helpers/verify-sentences.ts";

// The sub-path build (BASE_PATH, as on GitHub Pages), served for the run:
// the search box, the sentence checker and the list of figures must work
// under a base, at a phone's width and a desktop's, in the three languages.
const { url, base } = built("subPath");
const WIDTHS = [320, 1280] as const;

// Sentences in the three languages, in the digit forms readers paste. The
// verdicts themselves are pinned by hand on release 2.0.0 in
// tests/unit/lib/verify/check-sentence.test.ts; here the page, built from
// the latest release (2.1.0 will add figures), must show what the checker
// decides for that release: the query read from ?q=, the index fetched
// under the base, each verdict and figure in data-verdict and data-figure.
const SENTENCES: Record<Lang, string[]> = {
  fr: [
    "En 2017, le réseau a accompagné 900 entreprises",
    "En 2016, 800 entreprises à Casablanca, 80 à Rabat et 20 à Tanger",
    `Le Technopark de Casablanca emploie environ 1\u00a0500 personnes en 2011`,
  ],
  en: [
    "Technopark Rabat counts 200 companies in 2016",
    "The network supported about 3,000 companies in 2022",
  ],
  ar: ["حوالي ١٤٠٠ موظف في الدار البيضاء", "3000 مقاولة ناشئة في 2021"],
};
const dataset = loadRelease(latestRelease());
const expected = (lang: Lang, sentence: string) =>
  checkSentence(verifyIndex(dataset, lang), sentence).map((c) => [c.verdict, c.figure?.id ?? null]);

const session = useBrowser();

async function open(width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(session.browser, {
    viewport: { width, height: 800 },
    javaScriptEnabled,
  });
  return context.newPage();
}

describe("Vérifier un chiffre: ?q= runs the check", () => {
  for (const lang of LANGS)
    for (const width of WIDTHS)
      it(`${lang} at ${width} px`, async () => {
        const page = await open(width);
        const watch = watchPage(page, new URL(url).origin);
        try {
          for (const sentence of SENTENCES[lang]) {
            const want = expected(lang, sentence);
            expect(want.length, `${sentence}: numbers read`).toBeGreaterThan(0);
            await page.goto(`${url}${lang}/verifier/?q=${encodeURIComponent(sentence)}`);
            const items = page.locator("li[data-verdict]");
            await items.first().waitFor();
            const got = await items.evaluateAll((lis) =>
              lis.map((li) => [li.getAttribute("data-verdict"), li.getAttribute("data-figure")]),
            );
            expect(got, sentence).toEqual(want);
            expect(await page.locator("textarea").inputValue()).toBe(sentence);
            const first = want[0]?.[1];
            if (first)
              expect(await items.first().locator("a").getAttribute("href")).toBe(
                `${base}${lang}/chiffres/${first}/`,
              );
            const wide = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(wide, `${sentence}: page wider than the screen`).toBeLessThanOrEqual(width);
          }
          expect(watchProblems(watch)).toBe("");
        } finally {
          await page.context().close();
        }
      });

  // The sentences pinned by hand (tests/helpers/verify-sentences.ts), each
  // on its language's page at a phone's width: what the reader sees, read
  // from data-verdict and data-figure, is the verdict pinned.
  for (const lang of LANGS)
    it(`${lang}: the ${VERIFY_SENTENCES[lang].length} pinned sentences get their pinned verdicts`, async () => {
      const page = await open(320);
      try {
        for (const [sentence, pinned] of VERIFY_SENTENCES[lang]) {
          await page.goto(`${url}${lang}/verifier/?q=${encodeURIComponent(sentence)}`);
          const items = page.locator("li[data-verdict]");
          await items.first().waitFor();
          const got = await items.evaluateAll((lis) =>
            lis.map((li) => [li.getAttribute("data-verdict"), li.getAttribute("data-figure")]),
          );
          expect(got, sentence).toEqual(pinned.map(([v, f]) => [v, f ?? null]));
        }
      } finally {
        await page.context().close();
      }
    });

  it("gives none, and no figure, to a number of nothing the sources count", async () => {
    const page = await open(320);
    try {
      await page.goto(
        `${url}fr/verifier/?q=${encodeURIComponent("Le Technopark compte 12 piscines")}`,
      );
      const item = page.locator("li[data-verdict]");
      await item.first().waitFor();
      expect(await item.getAttribute("data-verdict")).toBe("none");
      expect(await item.getAttribute("data-figure")).toBeNull();
    } finally {
      await page.context().close();
    }
  });

  it("without JavaScript, says what it does and links to the list of figures", async () => {
    const page = await open(320, false);
    try {
      await page.goto(`${url}fr/verifier/`);
      expect(await page.locator("form.tp-verify").isVisible()).toBe(false);
      const link = page.locator(`main a[href="${base}fr/chiffres/"]`);
      expect(await link.count()).toBeGreaterThan(0);
      await link.first().click();
      await page.waitForURL(`**${base}fr/chiffres/`);
      expect(await page.locator("li[data-figure]").count()).toBeGreaterThan(100);
    } finally {
      await page.context().close();
    }
  });
});

describe("Tous les chiffres: filters without JavaScript", () => {
  it("the park filter is a link to that park's figures only", async () => {
    const page = await open(320, false);
    try {
      await page.goto(`${url}en/chiffres/`);
      await page.locator("nav.tp-filters summary").first().click();
      await page.locator(`nav.tp-filters a[href="${base}en/chiffres/parc/rabat/"]`).click();
      await page.waitForURL(`**/en/chiffres/parc/rabat/`);
      const ids = await page
        .locator("li[data-figure]")
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-figure") ?? ""));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => id.split(".")[2] !== "rabat")).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe("Tous les chiffres: with JavaScript, filters combine in place", () => {
  it("park then year narrow the whole list, kept in the address across a reload", async () => {
    const page = await open(320);
    const visible = () =>
      page
        .locator("li[data-figure]:visible")
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-figure") ?? "").sort());
    const want = dataset.observations
      .filter((o) => o.site === "rabat" && o.year === 2016)
      .map((o) => o.id)
      .sort();
    try {
      await page.goto(`${url}fr/chiffres/`);
      const total = await page.locator("li[data-figure]").count();
      const filters = page.locator("nav.tp-filters details");
      await filters.nth(0).locator("summary").click();
      await filters.nth(0).locator('a[data-value="rabat"]').click();
      await filters.nth(2).locator("summary").click();
      await filters.nth(2).locator('a[data-value="2016"]').click();
      expect(page.url()).toBe(`${url}fr/chiffres/?parc=rabat&annee=2016`);
      expect(await visible()).toEqual(want);
      expect(await page.locator(".tp-figures-count").textContent()).toContain(
        `${want.length} chiffre`,
      );
      expect(await page.locator(".tp-figures-count").textContent()).toContain(`sur ${total}`);
      await page.reload();
      expect(await visible()).toEqual(want);
    } finally {
      await page.context().close();
    }
  });
});

/** Searches `query` in the header box of `path` and returns the results' addresses and metas. */
async function search(page: Page, query: string) {
  const input = page.locator("form.tp-search input");
  // On a phone the box is folded behind its button beside the site's name.
  const toggle = page.locator("button.tp-search-toggle");
  if (!(await input.isVisible()) && (await toggle.isVisible())) await toggle.click();
  await input.fill(query);
  await input.press("Enter");
  await page.locator(`.tp-search-results[data-searched="${query}"]`).waitFor({ state: "attached" });
  return page.locator(".tp-search-results li").evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector("a")?.getAttribute("href") ?? "",
      meta: li.querySelector(".tp-search-meta")?.textContent ?? "",
    })),
  );
}

describe("site search (Pagefind)", () => {
  it("loads nothing of the search before the box is used, then costs few bytes", async () => {
    const page = await open(320);
    const fetched: { url: string; bytes: number }[] = [];
    page.on("response", (r) => {
      void r
        .body()
        .then((b) => fetched.push({ url: r.url(), bytes: b.length }))
        .catch(() => undefined);
    });
    try {
      await page.goto(`${url}fr/`);
      await page.waitForLoadState("networkidle");
      const before = fetched.map((f) => f.url);
      expect(before.filter((u) => /\/(pagefind|search)\//.test(u))).toEqual([]);
      expect(await page.locator("button.tp-search-toggle").isVisible()).toBe(true);
      const start = fetched.length;
      const results = await search(page, "entreprises");
      await page.waitForLoadState("networkidle");
      expect(results.length).toBeGreaterThan(0);
      const cost = fetched.slice(start);
      const bytes = cost.reduce((sum, f) => sum + f.bytes, 0);
      console.log(
        `[search] first search of "entreprises": ${cost.length} files, ${bytes} bytes uncompressed`,
      );
      expect(cost.every((f) => f.url.startsWith(url))).toBe(true);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(320);
    } finally {
      await page.context().close();
    }
  });

  it("finds أكادير by اكادير and الرباط by رباط, in Arabic pages only", async () => {
    const page = await open(1280);
    try {
      await page.goto(`${url}ar/`);
      const agadir = await search(page, "اكادير");
      expect(agadir.map((r) => r.href)).toContain(`${base}ar/sites/agadir/`);
      expect(agadir.every((r) => r.href.startsWith(`${base}ar/`))).toBe(true);
      const rabat = await search(page, "رباط");
      expect(rabat.map((r) => r.href)).toContain(`${base}ar/sites/rabat/`);
    } finally {
      await page.context().close();
    }
  });

  it("folds French accents, finds events and sources, and shows a figure's value and year", async () => {
    const page = await open(320);
    try {
      await page.goto(`${url}fr/chronologie/`);
      const found = await search(page, "hebergees");
      expect(found.some((r) => r.href.startsWith(`${base}fr/chiffres/`))).toBe(true);
      const figure = found.find((r) => r.meta);
      expect(figure?.meta).toMatch(/^(plus de |environ |moins de |jusqu’à )?[\d  ]+ · \d{4}/);
      // An event (on the timeline) and a source (named on its figures' pages) are found too.
      const event = await search(page, "Technopolis");
      expect(event.map((r) => r.href)).toContain(`${base}fr/chronologie/`);
      const source = await search(page, "H24info");
      expect(source.some((r) => r.href.startsWith(`${base}fr/chiffres/h24info-2016.`))).toBe(true);
      const cite = await search(page, "cite innovation");
      expect(cite.map((r) => r.href)).toContain(`${base}fr/sites/cite-innovation-souss-massa/`);
    } finally {
      await page.context().close();
    }
  });

  it("narrows results to one park, in English", async () => {
    const page = await open(1280);
    try {
      await page.goto(`${url}en/`);
      await search(page, "companies");
      await page.locator(".tp-search-filters select").first().selectOption("Technopark Rabat");
      await page
        .locator('.tp-search-results[data-searched="companies|Technopark Rabat"]')
        .waitFor({ state: "attached" });
      const hrefs = await page
        .locator(".tp-search-results li a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => !/rabat/.test(h))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
