/** A label to place on one axis: its wanted centre and its extent, in px. */
export interface LabelBox {
  centre: number;
  size: number;
}

/**
 * Moves labels apart along one axis so that each is at least `gap` from the
 * next, each as near its wanted centre as the others allow, all within
 * [min, max] when they fit. Returns the new centres in the input order.
 * Pure and deterministic, so a chart's SVG only changes when its data does.
 */
export function dodge(boxes: readonly LabelBox[], min: number, max: number, gap = 2): number[] {
  const order = boxes
    .map((b, i) => ({ size: b.size, top: b.centre - b.size / 2, i }))
    .sort((a, b) => a.top + a.size / 2 - (b.top + b.size / 2) || a.i - b.i);
  // Push down: each label starts below the one before it.
  let floor = min;
  for (const b of order) {
    b.top = Math.max(b.top, floor);
    floor = b.top + b.size + gap;
  }
  // Pull up from the bottom edge if the stack overflows it.
  let ceiling = max;
  for (const b of [...order].reverse()) {
    b.top = Math.max(min, Math.min(b.top, ceiling - b.size));
    ceiling = b.top - gap;
  }
  const out = new Array<number>(boxes.length).fill(0);
  for (const b of order) out[b.i] = b.top + b.size / 2;
  return out;
}
