import type { Page } from "playwright-core";

/** Computed properties through which a colour scheme can change what axe-core sees. */
const PROPS = [
  "color",
  "background-color",
  "background-image",
  "border-top-color",
  "border-right-color",
  "border-bottom-color",
  "border-left-color",
  "outline-color",
  "text-decoration-color",
  "fill",
  "stroke",
  "opacity",
  "visibility",
  "display",
];

/**
 * Those properties for every element (and its ::before and ::after) of
 * every frame of `page`, as one string. Equal strings under the light and
 * the dark scheme mean the page looks the same in both (an embed with a
 * fixed theme ignores the reader's scheme), so one axe-core pass stands
 * for both; any difference, however small, and both are analysed.
 */
export async function schemeStyles(page: Page): Promise<string> {
  const frames = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate((props) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll("*"))
          for (const pseudo of [null, "::before", "::after"]) {
            const style = getComputedStyle(el, pseudo);
            out.push(props.map((p) => style.getPropertyValue(p)).join("|"));
          }
        return `${location.href}\n${out.join("\n")}`;
      }, PROPS),
    ),
  );
  return frames.join("\n\n");
}
