import { ROW_FIELD } from "../../schemas/corrections.ts";
import { datasetIndex, type Correction, type Dataset, type Source } from "../data/dataset.ts";

/** One correction as the errata list shows it: what, where, why and on what source. */
export interface Erratum {
  id: string;
  table: Correction["table"];
  rowId: string;
  /** The release that published the row as corrected here. */
  publishedIn: string;
  field: string;
  /** True when the correction removes the row (`after`: the row that replaces it, or ""). */
  removed: boolean;
  before: string;
  after: string;
  reason: { fr: string; en: string; ar: string };
  source: Source;
}

/**
 * Corrections of `dataset` (by default all of them: the errata of the
 * releases before it), in table order, each with its source row from
 * `dataset`. A release's diff passes the corrections it brings.
 */
export function errata(
  dataset: Dataset,
  corrections: readonly Correction[] = dataset.corrections,
): Erratum[] {
  const { sourceOf } = datasetIndex(dataset);
  return corrections.map((c) => ({
    id: c.id,
    table: c.table,
    rowId: c.row_id,
    publishedIn: c.published_in,
    field: c.field,
    removed: c.field === ROW_FIELD,
    before: c.before,
    after: c.after,
    reason: { fr: c.reason_fr, en: c.reason_en, ar: c.reason_ar },
    source: sourceOf(c.source),
  }));
}
