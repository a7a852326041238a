import type { Locator, Page } from "playwright-core";

/** Text as a reader compares it: any run of spaces (no-break, narrow) is one space. */
export function plain(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/**
 * The visible block of `page`'s main content that shows a quote, the link
 * to its source and the figure it carries: the text of the smallest
 * ancestor of the quote that also links to `sourceUrl`. Undefined if the
 * quote is not shown, or not beside a link to its source.
 */
export async function quotedFigureBlock(
  page: Page,
  quote: string,
  sourceUrl: string,
): Promise<string | undefined> {
  return page.evaluate(
    ([quote, sourceUrl]) => {
      const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim();
      const main = document.querySelector("main") ?? document.body;
      const holders = [...main.querySelectorAll("*")].filter(
        (el) =>
          norm(el.textContent ?? "").includes(norm(quote)) &&
          ![...el.children].some((c) => norm(c.textContent ?? "").includes(norm(quote))) &&
          el.checkVisibility(),
      );
      for (const holder of holders)
        for (
          let el: Element | null = holder;
          el && el !== main.parentElement;
          el = el.parentElement
        )
          if ([...el.querySelectorAll("a[href]")].some((a) => a.getAttribute("href") === sourceUrl))
            return norm((el as HTMLElement).innerText ?? el.textContent ?? "");
      return undefined;
    },
    [quote, sourceUrl] as const,
  );
}

/** The visible rows of the main content's tables whose text holds every one of `texts`. */
export function tableRowsWith(page: Page, texts: string[]): Locator {
  let rows = page.locator("main table tr");
  for (const t of texts) rows = rows.filter({ hasText: t });
  return rows.locator("visible=true");
}
