import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ringFigureMark } from "../../../src/render/ring-figure-mark.ts";

// A drawing as the site renders one: a dot, a caret placed by translate, and
// a period's span, each in its series group, then the labels.
const svg =
  '<svg viewBox="0 0 300 200"><title>t</title>' +
  '<g class="tp-s1 tp-period" stroke-width="4"><path data-figure="span" d="M35,100L135,100"></path></g>' +
  '<g class="tp-s1 tp-q-exact"><circle data-figure="dot" cx="50" cy="60" r="4.5"></circle></g>' +
  '<g class="tp-s2 tp-q-more-than"><path data-figure="caret" d="M0,-9.8L8.48,4.9L-8.48,4.9Z" transform="translate(200,40)"></path></g>' +
  '<g class="tp-label"><text>51</text></g></svg>';
const ringOf = (id: string) => {
  const root = parseHTML(
    `<html><body>${ringFigureMark(svg, id)}</body></html>`,
  ).document.querySelector("svg");
  return { root, ring: root?.querySelector("g.tp-current") };
};

describe("ringFigureMark(svg, id)", () => {
  it("rings a dot with a hollow circle 3 px clear of its edge", () => {
    const { ring } = ringOf("dot");
    const c = ring?.querySelector("circle");
    expect([c?.getAttribute("cx"), c?.getAttribute("cy"), c?.getAttribute("r")]).toEqual([
      "50",
      "60",
      "8.25",
    ]);
    expect(ring?.getAttribute("fill")).toBe("none");
    expect(ring?.getAttribute("aria-hidden")).toBe("true");
  });

  it("rings a caret around its centre, and a span with a rounded rectangle", () => {
    const caret = ringOf("caret").ring?.querySelector("circle");
    expect([
      caret?.getAttribute("cx"),
      caret?.getAttribute("cy"),
      caret?.getAttribute("r"),
    ]).toEqual(["200", "40", "13.75"]);
    const rect = ringOf("span").ring?.querySelector("rect");
    // 2 px of half-stroke, 3 px clear, half the ring's 1.5 px.
    expect(["x", "y", "width", "height", "rx"].map((a) => rect?.getAttribute(a))).toEqual([
      "29.25",
      "94.25",
      "111.5",
      "11.5",
      "5.75",
    ]);
  });

  it("draws the ring before every mark, so no mark is hidden by it, and adds no mark", () => {
    const { root } = ringOf("dot");
    const groups = [...(root?.children ?? [])].map((c) => c.getAttribute("class") || c.localName);
    expect(groups).toEqual([
      "title",
      "tp-current",
      "tp-s1 tp-period",
      "tp-s1 tp-q-exact",
      "tp-s2 tp-q-more-than",
      "tp-label",
    ]);
    expect(root?.querySelectorAll("[data-figure]").length).toBe(3);
  });

  it("leaves a drawing without that figure as it was", () => {
    expect(ringFigureMark(svg, "nowhere")).toBe(svg);
  });
});
