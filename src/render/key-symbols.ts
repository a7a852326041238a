import type { MarkKinds } from "../charts/types.ts";
import { t, type Lang, type StringKey } from "../i18n/index.ts";
import type { Observation } from "../lib/data/dataset.ts";

/** What a chart's key explains: a qualifier's mark, the dashed link, or an opening rule. */
export type KeyItem = Observation["qualifier"] | "link" | "opening";

const LABEL: Record<KeyItem, StringKey> = {
  exact: "chart.key.exact",
  approx: "chart.key.approx",
  more_than: "chart.key.more_than",
  less_than: "chart.key.less_than",
  at_most: "chart.key.at_most",
  link: "chart.key.link",
  opening: "chart.key.opening",
};

/** What a key item means, in words. */
export const keyLabel = (item: KeyItem, lang: Lang): string => t(lang, LABEL[item]);

/** The key items a set of panels needs, in a fixed order. */
export function keyItems(kinds: readonly MarkKinds[]): KeyItem[] {
  const order: KeyItem[] = [
    "exact",
    "approx",
    "more_than",
    "less_than",
    "at_most",
    "link",
    "opening",
  ];
  return order.filter((item) =>
    kinds.some((k) =>
      item === "link" ? k.links : item === "opening" ? k.openings : k.qualifiers.has(item),
    ),
  );
}

/**
 * The symbol of a key item, drawn in a 20×20 box in currentColor: the same
 * shapes as the marks (see src/charts/marks.ts), for the page's key and the
 * downloaded image alike.
 */
export function keySymbol(item: KeyItem): string {
  const stroke = `stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"`;
  const dot = (cy: number, fill: string, width = 1) =>
    `<circle cx="10" cy="${cy}" r="4.5" fill="${fill}" stroke="currentColor" stroke-width="${width}"/>`;
  switch (item) {
    case "exact":
      return dot(10, "currentColor");
    case "approx":
      return dot(10, "none", 2);
    case "more_than":
      return `<path d="M10 3.5L16.5 15H3.5Z" fill="currentColor" ${stroke}/>`;
    case "less_than":
    case "at_most":
      return `<path d="M10 16.5L16.5 5H3.5Z" fill="currentColor" ${stroke}/>`;
    case "link":
      return `<path d="M0 10H20" stroke="currentColor" stroke-width="1.5" stroke-dasharray="5,4"/>`;
    case "opening":
      return `<path d="M10 0V20" stroke="currentColor" stroke-opacity="0.45"/>`;
  }
}
