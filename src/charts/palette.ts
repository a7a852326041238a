import type { Dataset } from "../lib/data/dataset.ts";
import { NETWORK } from "../schemas/sites.ts";

/**
 * Series colours from the Okabe–Ito palette (colour-blind safe). Slot 0 is
 * the network, drawn in the text colour so it stands apart from the sites;
 * sites take slots 1.. in the order of sites.csv. Marks carry the class
 * `tp-s<slot>` and draw in currentColor; the renderer writes the light
 * colour as a `color` attribute (so a downloaded SVG or PNG keeps it) and
 * the stylesheet `paletteCss` writes swaps in the dark colour under
 * prefers-color-scheme. These are the only copies of the series colours.
 */
export const SLOT_COLOURS: readonly { light: string; dark: string }[] = [
  { light: "currentColor", dark: "currentColor" },
  { light: "#0072B2", dark: "#56B4E9" },
  { light: "#D55E00", dark: "#E69F00" },
  { light: "#009E73", dark: "#009E73" },
  { light: "#CC79A7", dark: "#CC79A7" },
  { light: "#000000", dark: "#F0E442" },
  // A sixth park (2.1.0 has figures for six): the Okabe–Ito colours each
  // palette had left, sky blue in light (lighter than slot 1's blue) and
  // vermillion in dark, so no two parks share a colour and a key.
  { light: "#56B4E9", dark: "#D55E00" },
];

/**
 * The page's colours, light and dark: the custom properties (--bg, --fg, …)
 * of global.css and embed.css, and, light, the ground, ink and muted text
 * of the downloadable image and the share card, which no page CSS reaches.
 * The stylesheets keep their own literals (CSS cannot import these);
 * tests/unit/charts/palette-css.test.ts holds them to this list. Here, not
 * in lib: only charts and render draw in colour, and palette.css, generated
 * from this file, names it.
 */
export const THEME_COLOURS = {
  bg: { light: "#ffffff", dark: "#121212" },
  fg: { light: "#1a1a1a", dark: "#eeeeee" },
  muted: { light: "#555555", dark: "#b5b5b5" },
  rule: { light: "#d0d0d0", dark: "#444444" },
  card: { light: "#f6f6f4", dark: "#1e1e1e" },
  link: { light: "#0b5cad", dark: "#8cc8ff" },
  /** Slot 1's blue (SLOT_COLOURS), for the page's accents. */
  accent: { light: "#0072b2", dark: "#56b4e9" },
} as const;

/** The colour slot of a site (or the network) in `dataset`. */
export function seriesSlot(dataset: Dataset, site: string): number {
  if (site === NETWORK) return 0;
  const i = dataset.sites.findIndex((s) => s.id === site);
  if (i === -1) throw new Error(`seriesSlot: no site ${site}`);
  return 1 + (i % (SLOT_COLOURS.length - 1));
}

export const slotClass = (slot: number): string => `tp-s${slot}`;

/**
 * Rules giving series `slot` its colour under `scope` (a selector prefix,
 * or ""), in the plots and in the key's swatches.
 */
const slotRule = (scope: string, slot: number, colour: string) =>
  [".tp-plot", ".tp-key"]
    .map((box) => `${scope}${box} .${slotClass(slot)} {\n  color: ${colour.toLowerCase()};\n}`)
    .join("\n");

/**
 * The series colours as CSS, for /styles/palette.css: on site pages the
 * dark colours under prefers-color-scheme: dark on screen (the light ones
 * are attributes of the SVG, and paper is printed in them); in embeds, whose theme the embedding page chooses
 * (html[data-theme]), both palettes, which win over the media rule by
 * specificity. Slot 0 keeps the text colour and has no rule.
 */
export function paletteCss(): string {
  const slots = SLOT_COLOURS.map((c, slot) => ({ ...c, slot })).filter((c) => c.slot > 0);
  const indent = (rule: string) => rule.replace(/^/gm, "  ");
  return [
    "/* Generated from src/charts/palette.ts (SLOT_COLOURS): edit the colours there. */",
    "@media screen and (prefers-color-scheme: dark) {",
    ...slots.map((c) => indent(slotRule("", c.slot, c.dark))),
    "}",
    ...slots.map((c) => slotRule('html[data-theme="light"] ', c.slot, c.light)),
    ...slots.map((c) => slotRule('html[data-theme="dark"] ', c.slot, c.dark)),
    "",
  ].join("\n");
}
