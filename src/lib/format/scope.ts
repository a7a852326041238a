import { t, type Lang } from "../../i18n/index.ts";
import { NETWORK } from "../../schemas/sites.ts";
import { datasetIndex, type Dataset } from "../data/dataset.ts";
import { localized } from "./localize.ts";

/**
 * How a site is named: `name` in running text and tables ("Technopark de
 * Casablanca"), `city` where room is short, as in chart labels
 * ("Casablanca").
 */
export type ScopeForm = "name" | "city";

/**
 * Where a figure or an event applies, in `lang`: the site in the form asked,
 * or the network ("Tout le réseau": the parks open at the time, which were
 * not always three). Throws on a site the dataset lacks.
 */
export function scopeLabel(
  dataset: Dataset,
  site: string,
  lang: Lang,
  form: ScopeForm = "name",
): string {
  if (site === NETWORK) return t(lang, "site.network");
  return localized(datasetIndex(dataset).siteOf(site), form, lang);
}
