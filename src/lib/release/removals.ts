import { ROW_FIELD } from "../../schemas/corrections.ts";
import { TABLE_NAMES } from "../../schemas/index.ts";
import type { Dataset } from "../data/dataset.ts";

/**
 * What a new dataset removes from the previous release, in words, or
 * undefined: rows whose id is gone, and metrics whose figures are all gone
 * (their chart pages and `latest` embeds would disappear from partners'
 * pages). Corrections change rows; removing one is a decision to state,
 * in the corrections table (field `row`, or `id` for a renamed row) or with
 * --allow-removal.
 */
export function removedSince(before: Dataset, after: Dataset): string | undefined {
  const parts: string[] = [];
  // A row the corrections table removes or renames is explained there.
  const corrected = new Set(
    after.corrections
      .filter((c) => c.field === ROW_FIELD || c.field === "id")
      .map((c) => `${c.table}|${c.row_id}`),
  );
  for (const name of TABLE_NAMES) {
    const now = new Set(after[name].map((r) => r.id));
    const gone = before[name]
      .map((r) => r.id)
      .filter((id) => !now.has(id) && !corrected.has(`${name}|${id}`));
    if (gone.length)
      parts.push(
        `${gone.length} ${name} row${gone.length === 1 ? "" : "s"} (${gone.slice(0, 3).join(", ")}${gone.length > 3 ? ", …" : ""})`,
      );
  }
  const charted = (d: Dataset) => new Set(d.observations.map((o) => o.metric));
  const still = charted(after);
  const charts = [...charted(before)].filter((m) => !still.has(m));
  if (charts.length)
    parts.push(`the chart${charts.length === 1 ? "" : "s"} of ${charts.join(", ")}`);
  return parts.length ? parts.join(" and ") : undefined;
}
