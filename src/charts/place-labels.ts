import { dodge } from "./dodge.ts";

/** A label to place beside the mark at (x, y), in px. */
export interface LabelRequest {
  x: number;
  y: number;
  lines: string[];
  /** A label that must be drawn (a series name, a source where sources disagree). */
  required: boolean;
}

export type Anchor = "start" | "end" | "middle";

/** Where a label goes: its anchor point and text anchor, in px; undefined if left out. */
export interface Placement {
  x: number;
  y: number;
  anchor: Anchor;
  /** True for a required label that found no free spot. */
  forced?: boolean;
}

export interface PlacementFrame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Average advance of a character, and the line height, in px. */
  charPx: number;
  linePx: number;
  /** Distance between a mark's centre and its label. */
  offset: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels beside their marks without overlapping one another or any
 * mark: for each label, in order (required ones first), the first free spot
 * among right, left, above and below its mark, then to the right a few
 * half-lines up or down. A label with no free spot
 * is left out unless required; a required one then goes to the right
 * anyway. Values left out of the picture are still in the chart's table
 * and its description. Pure and deterministic.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: PlacementFrame,
): (Placement | undefined)[] {
  const marks: Box[] = requests.map((r) => ({
    x0: r.x - 6,
    y0: r.y - 6,
    x1: r.x + 6,
    y1: r.y + 6,
  }));
  const placed: Box[] = [];
  const out = new Array<Placement | undefined>(requests.length).fill(undefined);
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(b.r.required) - Number(a.r.required) || a.i - b.i);
  for (const { r, i } of order) {
    const w = Math.max(...r.lines.map((l) => l.length)) * frame.charPx;
    const h = r.lines.length * frame.linePx;
    const o = frame.offset;
    const candidates: (Placement & { box: Box })[] = [
      {
        x: r.x + o,
        y: r.y,
        anchor: "start",
        box: { x0: r.x + o, y0: r.y - h / 2, x1: r.x + o + w, y1: r.y + h / 2 },
      },
      {
        x: r.x - o,
        y: r.y,
        anchor: "end",
        box: { x0: r.x - o - w, y0: r.y - h / 2, x1: r.x - o, y1: r.y + h / 2 },
      },
      {
        x: r.x,
        y: r.y - o - h / 2,
        anchor: "middle",
        box: { x0: r.x - w / 2, y0: r.y - o - h, x1: r.x + w / 2, y1: r.y - o },
      },
      {
        x: r.x,
        y: r.y + o + h / 2,
        anchor: "middle",
        box: { x0: r.x - w / 2, y0: r.y + o, x1: r.x + w / 2, y1: r.y + o + h },
      },
    ];
    // Then beside the mark, moved up or down by half lines: a little for a
    // value, further for a label that must be drawn.
    const reach = r.required ? 12 : 4;
    for (let k = 1; k <= reach; k++)
      for (const sign of [1, -1]) {
        const dy = (sign * k * frame.linePx) / 2;
        candidates.push({
          x: r.x + o,
          y: r.y + dy,
          anchor: "start",
          box: { x0: r.x + o, y0: r.y + dy - h / 2, x1: r.x + o + w, y1: r.y + dy + h / 2 },
        });
      }
    const inside = (b: Box) =>
      b.x0 >= frame.left && b.x1 <= frame.right && b.y0 >= frame.top && b.y1 <= frame.bottom;
    // A label moved up or down must stay nearer its own mark than any other
    // mark of the same column, or it would name the wrong one.
    const own = (c: Placement) =>
      !marks.some(
        (m, k) =>
          k !== i &&
          Math.abs((m.x0 + m.x1) / 2 - r.x) < 2 * frame.offset &&
          Math.abs((m.y0 + m.y1) / 2 - c.y) < Math.abs(r.y - c.y),
      );
    const free = candidates.find(
      (c) =>
        inside(c.box) &&
        own(c) &&
        !placed.some((p) => overlaps(p, c.box)) &&
        !marks.some((m, k) => k !== i && overlaps(m, c.box)),
    );
    const chosen = free ?? (r.required ? candidates[0] : undefined);
    if (!chosen) continue;
    placed.push(chosen.box);
    out[i] = { x: chosen.x, y: chosen.y, anchor: chosen.anchor, forced: !free };
  }
  return unstack(out, requests, frame);
}

/**
 * Required labels that found no free spot sit right of their mark; those
 * and the right-hand labels of the same column are moved apart vertically,
 * in the order of their marks, so each still reads next to its own.
 */
function unstack(
  placements: (Placement | undefined)[],
  requests: readonly LabelRequest[],
  frame: PlacementFrame,
): (Placement | undefined)[] {
  const out = placements.map((p) => (p ? { x: p.x, y: p.y, anchor: p.anchor } : undefined));
  for (const forced of placements.filter((p) => p?.forced)) {
    const column = placements.flatMap((p, i) =>
      p && p.anchor === "start" && Math.abs(p.x - (forced?.x ?? 0)) < 2 * frame.offset ? [i] : [],
    );
    const size = (i: number) => (requests[i]?.lines.length ?? 1) * frame.linePx;
    const centres = dodge(
      column.map((i) => ({ centre: requests[i]?.y ?? 0, size: size(i) })),
      frame.top,
      frame.bottom,
    );
    column.forEach((i, k) => {
      const p = out[i];
      if (p) p.y = centres[k] ?? p.y;
    });
  }
  return out;
}
