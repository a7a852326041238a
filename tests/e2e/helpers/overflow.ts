import type { Page } from "playwright-core";

/**
 * What sticks out of the screen or is cut, measured in the page: the
 * document's width, the outermost elements that reach past an edge (those
 * inside a scrolling box excepted: scrolling is what they are for), and
 * the elements that clip their own text. Each named by tag, id, class and
 * the start of its text.
 */
export function measureOverflow(page: Page) {
  return page.evaluate(() => {
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = [...el.classList]
        .filter((c) => !c.startsWith("astro-"))
        .map((c) => `.${c}`)
        .join("");
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const screen = document.documentElement.clientWidth;
    const scrolls = (el: Element) => {
      const o = getComputedStyle(el).overflowX;
      return o === "auto" || o === "scroll";
    };
    const wide: string[] = [];
    const clipped: string[] = [];
    const visit = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === "none") return;
      const box = el.getBoundingClientRect();
      const off = box.width > 0 && style.position !== "absolute" && style.position !== "fixed";
      if (off && (box.right > screen + 0.5 || box.left < -0.5)) {
        wide.push(`${name(el)} spans ${Math.round(box.left)}…${Math.round(box.right)} px`);
        return; // its children are part of it
      }
      const hides = style.overflowX === "hidden" || style.overflowX === "clip";
      if (hides && el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${name(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
      if (scrolls(el)) return;
      for (const child of el.children) visit(child);
    };
    for (const child of document.body.children) visit(child);
    return { width: document.documentElement.scrollWidth, screen, wide, clipped };
  });
}
