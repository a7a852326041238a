import { t, type Lang } from "../../i18n/index.ts";
import type { Source } from "../data/dataset.ts";
import { formatPartialDate } from "./format.ts";

/** Who published a source, then its author where one is named: "madein.city, Zineb Bennouna". */
export function sourceByline(source: Source): string {
  return [source.publisher, source.author].filter(Boolean).join(", ");
}

/**
 * When a source was published, in `lang` ("publié juin 2016"), with a note
 * where the date was inferred from its content rather than printed, so a
 * reader knows how far to trust it.
 */
export function sourcePublished(source: Source, lang: Lang): string {
  const date = `${t(lang, "figure.published")} ${formatPartialDate(source.published, lang)}`;
  return source.published_basis === "inferred"
    ? `${date} (${t(lang, "figure.inferredDate")})`
    : date;
}
