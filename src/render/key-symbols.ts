import type { MarkKinds } from "../charts/types.ts";
import { SLOT_COLOURS } from "../charts/palette.ts";
import { t, type Lang, type StringKey } from "../i18n/index.ts";
import type { Observation } from "../lib/data/dataset.ts";
import { DOT_R, LINK_DASH, PERIOD_OPACITY, STROKE } from "../lib/draw/mark-sizes.ts";

/**
 * What a chart's key explains: a qualifier's mark, the dashed link, an
 * opening tick, or a series' colour (`s<slot>`: the series are named in the
 * key rather than on each line, so labels never crowd the plot).
 */
export type KeyItem =
  // A range is never drawn (select.ts), so it has no mark to explain.
  | Exclude<Observation["qualifier"], "range">
  | "period"
  | "period_other"
  | "link"
  | "opening"
  | `s${number}`;

const LABEL: Record<Exclude<KeyItem, `s${number}`>, StringKey> = {
  exact: "chart.key.exact",
  approx: "chart.key.approx",
  more_than: "chart.key.more_than",
  less_than: "chart.key.less_than",
  at_most: "chart.key.at_most",
  period: "chart.key.period",
  period_other: "chart.key.period_other",
  link: "chart.key.link",
  opening: "chart.key.opening",
};

const isSeries = (item: KeyItem): item is `s${number}` => /^s\d+$/.test(item);

/** What a key item means, in words; a series item is named by the panels that draw it. */
export function keyLabel(item: KeyItem, lang: Lang, kinds: readonly MarkKinds[] = []): string {
  if (!isSeries(item)) return t(lang, LABEL[item]);
  const slot = Number(item.slice(1));
  return kinds.flatMap((k) => k.series).find((s) => s.slot === slot)?.label ?? "";
}

/** The key of a set of panels: each item it needs, in a fixed order, with its words. */
export function keyEntries(
  kinds: readonly MarkKinds[],
  lang: Lang,
): { item: KeyItem; text: string }[] {
  return keyItems(kinds).map((item) => ({ item, text: keyLabel(item, lang, kinds) }));
}

/** The key items a set of panels needs, in a fixed order: the series first, when more than one. */
export function keyItems(kinds: readonly MarkKinds[]): KeyItem[] {
  const slots = [...new Set(kinds.flatMap((k) => k.series.map((s) => s.slot)))].sort(
    (a, b) => a - b,
  );
  const series: KeyItem[] = slots.length > 1 ? slots.map((slot): KeyItem => `s${slot}`) : [];
  const order: KeyItem[] = [
    "exact",
    "approx",
    "more_than",
    "less_than",
    "at_most",
    "period",
    "period_other",
    "link",
    "opening",
  ];
  return [
    ...series,
    ...order.filter((item) =>
      kinds.some((k) =>
        item === "link"
          ? k.links
          : item === "opening"
            ? k.openings
            : item === "period"
              ? k.periods.exact
              : item === "period_other"
                ? k.periods.other
                : k.qualifiers.has(item as Observation["qualifier"]),
      ),
    ),
  ];
}

/**
 * The symbol of a key item, drawn in a 20×20 box in currentColor: the same
 * shapes as the marks (see src/charts/marks.ts), for the page's key and the
 * downloaded image alike.
 */
export function keySymbol(item: KeyItem): string {
  const stroke = `stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"`;
  const dot = (cy: number, fill: string, width: number = STROKE.dot) =>
    `<circle cx="10" cy="${cy}" r="${DOT_R}" fill="${fill}" stroke="currentColor" stroke-width="${width}"/>`;
  if (isSeries(item))
    // A short thick line in the series' colour (its class takes the dark colour in dark mode).
    return `<path class="tp-${item}" d="M2 10H18" stroke="currentColor" stroke-width="${STROKE.period}" stroke-linecap="round"${seriesColour(item)}/>`;
  switch (item) {
    case "exact":
      return dot(10, "currentColor");
    case "approx":
      return dot(10, "none", STROKE.hollow);
    case "more_than":
      return `<path d="M10 3.5L16.5 15H3.5Z" fill="currentColor" ${stroke}/>`;
    case "less_than":
    case "at_most":
      return `<path d="M10 16.5L16.5 5H3.5Z" fill="currentColor" ${stroke}/>`;
    case "period":
    case "period_other":
      // A span, square-ended, as bold or as pale as the chart draws it
      // (marks.ts: periodMarks).
      return `<path d="M1 10H19" stroke="currentColor" stroke-width="${STROKE.period}" stroke-opacity="${item === "period" ? PERIOD_OPACITY.exact : PERIOD_OPACITY.other}"/>`;
    case "link":
      return `<path d="M0 10H20" stroke="currentColor" stroke-width="${STROKE.link}" stroke-dasharray="${LINK_DASH}"/>`;
    case "opening":
      return `<path d="M10 2V18" stroke="currentColor" stroke-opacity="0.6"/>`;
  }
}

/** The light colour of a series item as an attribute, so a downloaded image keeps it. */
function seriesColour(item: `s${number}`): string {
  const colour = SLOT_COLOURS[Number(item.slice(1))]?.light;
  return colour && colour !== "currentColor" ? ` color="${colour}"` : "";
}
