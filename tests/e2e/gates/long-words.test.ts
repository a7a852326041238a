import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { newContext, TabPool } from "../../../scripts/lib/browser.ts";
import { built } from "../../helpers/injected-builds.ts";
import { LONG_WORDS } from "../helpers/fixture-release.ts";
import { measureOverflow } from "../helpers/overflow.ts";

// A name typed without a space never widens a page (issue 22). The fixture
// build's latest release (helpers/fixture-release.ts) holds 200-character
// words in a site's name and city, a metric's label, an event's label and
// a source's title and publisher. Each page that shows them (the home
// page, two charts and their embeds, a figure, the sites, a park, the
// timeline), at 320 px, in every language: the document no wider than the
// screen, no element past an edge (outside a scrolling box), and no text
// of a drawing outside its drawing (SVG text does not wrap: the drawing
// must cut the word itself). Before the fix these pages were 1,191–2,174
// px wide, and the drawings' texts ran up to 950 px past their edge.

const SCREEN = 320;
const routes = (lang: string) => [
  `${lang}/`,
  ...LONG_WORDS.charts.map((chart) => `${lang}/graphiques/${chart}/`),
  `${lang}/chiffres/${LONG_WORDS.observation}/`,
  `${lang}/sites/`,
  `${lang}/sites/${LONG_WORDS.site}/`,
  `${lang}/chronologie/`,
  ...LONG_WORDS.charts.map((chart) => `embed/latest/${lang}/${chart}/`),
];

const site = useServedSite(() => built("fixture"));
let context: BrowserContext;
let tabs: TabPool;

beforeAll(async () => {
  context = await newContext(site.browser, { viewport: { width: SCREEN, height: 640 } });
  tabs = new TabPool(context);
});

describe.each(LANGS)("200-character words in %s, at 320 px", (lang) => {
  it.concurrent.each(routes(lang))("/%s stays within the screen", async (route) => {
    const seen = await tabs.with(async (page) => {
      await page.goto(site.server.url + route, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const shown = await page.evaluate(
        (words) => words.some((w) => document.body.textContent?.includes(w.slice(0, 40))),
        [LONG_WORDS.latin, LONG_WORDS.arabic],
      );
      const offDrawing = await page.evaluate(() => {
        const out: string[] = [];
        for (const text of document.querySelectorAll("svg text")) {
          let svg = text.closest("svg");
          while (svg?.parentElement?.closest("svg")) svg = svg.parentElement.closest("svg");
          const box = text.getBoundingClientRect();
          const frame = svg?.getBoundingClientRect();
          if (!frame || box.width === 0) continue;
          if (box.left < frame.left - 1 || box.right > frame.right + 1)
            out.push(
              `"${(text.textContent ?? "").slice(0, 30)}" spans ${Math.round(box.left)}…${Math.round(box.right)} px, its drawing ${Math.round(frame.left)}…${Math.round(frame.right)}`,
            );
        }
        return out;
      });
      return { shown, offDrawing, ...(await measureOverflow(page)) };
    });
    // The page shows a long word: otherwise this test would prove nothing.
    expect(seen.shown, `${route} shows none of the long words`).toBe(true);
    expect(seen.width, `${route}: document width`).toBeLessThanOrEqual(SCREEN);
    expect(seen.wide.join("\n"), `${route}: elements past an edge`).toBe("");
    expect(seen.offDrawing.join("\n"), `${route}: text outside its drawing`).toBe("");
  });
});
