/** A rectangle in px, x0 ≤ x1 and y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = "start" | "end" | "middle";

/** A label to place beside what it names (a mark's or a span's box), in px. */
export interface LabelRequest {
  target: Box;
  width: number;
  height: number;
  /**
   * Indices in `obstacles` of the marks this label names (its own): every
   * other mark must be farther from it. Unset: the obstacles equal to `target`.
   */
  own?: readonly number[];
}

/** Where a label goes: the point its text is anchored at (vertically its centre), and a leader line when set apart. */
export interface Placement {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

const GAP = 3;
/**
 * How much nearer (px) a label without a leader line must be to its own
 * mark than to any other: label boxes are estimated (lib/draw/text-width.ts), so a
 * tie or a near-tie would read as another figure's label once rendered.
 */
export const NEARER = 3;
const meet = (a: Box, b: Box, pad = 1) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
const within = (a: Box, f: Box) => a.x0 >= f.x0 && a.x1 <= f.x1 && a.y0 >= f.y0 && a.y1 <= f.y1;

/** Whether the segment crosses `b`: points along it, its ends included (a leader starting inside another mark reads as its), enough for boxes of a few px. */
function crosses(l: NonNullable<Placement["leader"]>, b: Box): boolean {
  for (let k = 0; k <= 24; k++) {
    const x = l.x1 + ((l.x2 - l.x1) * k) / 24;
    const y = l.y1 + ((l.y2 - l.y1) * k) / 24;
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

/** The distance between two boxes (0 when they meet). */
export const gap = (a: Box, b: Box) =>
  Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));

/** Whether a label at `c` is nearer to its own marks than to any other, by NEARER px at least. */
function nearestOwn(c: Placement, own: readonly Box[], others: readonly Box[]): boolean {
  const near = (boxes: readonly Box[]) => Math.min(...boxes.map((b) => gap(c.box, b)));
  return others.length === 0 || near(own) + NEARER <= near(others);
}

/** Whether a leader line (if any) crosses one of `boxes`. */
const leaderCrosses = (leader: Placement["leader"], boxes: readonly Box[]) =>
  leader !== undefined && boxes.some((b) => crosses(leader, b));

/** A label box beside `t`, on `side`, moved `dy` px up or down (with a leader line then). */
function candidate(
  r: LabelRequest,
  side: "right" | "left" | "above" | "below",
  dy: number,
  frame: Box,
) {
  const t = r.target;
  const cx = (t.x0 + t.x1) / 2;
  const cy = (t.y0 + t.y1) / 2;
  const far = dy === 0 ? 0 : 10;
  let box: Box;
  let anchor: Anchor;
  let x: number;
  if (side === "right" || side === "left") {
    const y0 = cy + dy - r.height / 2;
    const x0 = side === "right" ? t.x1 + GAP + far : t.x0 - GAP - far - r.width;
    box = { x0, y0, x1: x0 + r.width, y1: y0 + r.height };
    anchor = side === "right" ? "start" : "end";
    x = side === "right" ? box.x0 : box.x1;
  } else {
    const y0 = side === "above" ? t.y0 - GAP - r.height + dy : t.y1 + GAP + dy;
    // Centred over the mark, or slid along (still over it) to stay inside the frame.
    const x0 = Math.max(frame.x0, Math.min(cx - r.width / 2, frame.x1 - r.width));
    box = { x0, y0, x1: x0 + r.width, y1: y0 + r.height };
    anchor = "middle";
    x = x0 + r.width / 2;
  }
  const y = (box.y0 + box.y1) / 2;
  const placement: Placement = { x, y, anchor, box };
  if (dy !== 0) {
    // From the edge of the target to the near edge of the label, within
    // its width by `inset`: the text drawn may be a little narrower than
    // estimated (lib/draw/text-width.ts), and the line must still reach it.
    const inset = Math.min(r.width / 2, 2 + r.width * 0.04);
    const horizontal = side === "right" || side === "left";
    const x1 = horizontal ? (side === "right" ? t.x1 : t.x0) : cx;
    const y1 = horizontal ? cy : side === "above" ? t.y0 : t.y1;
    const x2 = horizontal
      ? side === "right"
        ? box.x0 - 1
        : box.x1 + 1
      : Math.max(box.x0 + inset, Math.min(cx, box.x1 - inset));
    const y2 = horizontal ? y : side === "above" ? box.y1 + 1 : box.y0 - 1;
    placement.leader = { x1, y1, x2, y2 };
  }
  return placement;
}

/**
 * Places labels, in the order given (the most important first), each at
 * the first free spot beside what it names — right, left, above, below —
 * then fanned out up or down by half lines with a leader line back to it.
 * A spot is free when it lies inside `frame`, meets no label placed before
 * and no obstacle (every mark of the chart, its own included), its leader
 * line crosses neither, and the label reads as its own mark's (issue 24):
 * its own marks (`own`) are the nearest to it, by NEARER px at least, or
 * failing any such spot, a leader line joins it to its mark. A label with no free spot is left out (undefined):
 * the figure is still in the chart's table, its tooltip and its
 * description, never labelled where it reads as another's. Never moves a
 * mark. Pure and deterministic.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  frame: Box,
  step = 7,
): (Placement | undefined)[] {
  const placed: Box[] = [];
  const same = (a: Box, b: Box) => a.x0 === b.x0 && a.x1 === b.x1 && a.y0 === b.y0 && a.y1 === b.y1;
  return requests.map((r) => {
    const mine = new Set(r.own ?? obstacles.flatMap((b, i) => (same(b, r.target) ? [i] : [])));
    const own = [r.target, ...obstacles.filter((_, i) => mine.has(i))];
    const others = obstacles.filter((_, i) => !mine.has(i));
    const sides = ["right", "left", "above", "below"] as const;
    const tries: Placement[] = sides.map((side) => candidate(r, side, 0, frame));
    for (let k = 1; k <= 8; k++)
      for (const sign of [-1, 1])
        for (const side of sides) tries.push(candidate(r, side, sign * k * step, frame));
    const open = (c: Placement) =>
      within(c.box, frame) &&
      !placed.some((b) => meet(b, c.box)) &&
      !obstacles.some((b) => meet(b, c.box)) &&
      !leaderCrosses(c.leader, [...placed, ...obstacles]);
    // Best, a spot nearest its own marks; else one its leader line ties to them.
    const free =
      tries.find((c) => open(c) && nearestOwn(c, own, others)) ??
      tries.find((c) => open(c) && c.leader !== undefined);
    if (free) placed.push(free.box);
    return free;
  });
}
