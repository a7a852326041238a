// Sizes the drawings share, in px (SVG user units): the text size, a
// figure's dot and the strokes that the charts, their key, the map and the
// timeline each draw, so a key's symbol and a map's park match the chart's
// mark. In lib, beside text-width.ts, for lib/timeline-layout's sake.

/** Text size of every drawing: the charts' svg font-size, the map's and the timeline's text. */
export const FONT_PX = 12;

/** A figure's dot: the charts' marks, the key's symbol of one, a park on the map. */
export const DOT_R = 4.5;

/** Stroke widths: a dot's outline, a hollow (approximate) dot's, a period's span, a dashed link between readings. */
export const STROKE = { dot: 1, hollow: 2, period: 4, link: 1.5 } as const;

/** The dashes of a link between two readings of one figure. */
export const LINK_DASH = "5,4";

/** A period's span, as opaque as its figure is exact: exact, or approximate or a bound. */
export const PERIOD_OPACITY = { exact: 0.9, other: 0.55 } as const;
