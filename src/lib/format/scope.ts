import { INTL_LOCALE, t, type Lang } from "../../i18n/index.ts";
import { listItems } from "../../schemas/common.ts";
import { NETWORK, openedYear } from "../../schemas/sites.ts";
import { datasetIndex, type Dataset, type Observation, type Site } from "../data/dataset.ts";
import { formatNumber } from "./format.ts";
import { localized } from "./localize.ts";
import { tCount } from "./plural.ts";

/**
 * How a site is named: `name` in running text and tables ("Technopark de
 * Casablanca"), `city` where room is short, as in chart labels, keys,
 * openings and chart tables: its short name (siteName: "Casablanca", or
 * the full name where two parks share the city).
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
  const found = datasetIndex(dataset).siteOf(site);
  return form === "city" ? siteName(dataset, found, lang) : localized(found, "name", lang);
}

/**
 * A site's short name, the one home for it (issue 24): its city, or its
 * full name where another park shares the city (the Cité de l’innovation
 * Souss-Massa and Technopark Agadir, both in Agadir), so that no two parks
 * of a dataset share a short name in any language — on a chart's openings,
 * key, labels and table, a reader can tell every park apart.
 */
export function siteName(dataset: Dataset, site: Site, lang: Lang): string {
  const city = localized(site, "city", lang);
  const shared = dataset.sites.some((s) => s.id !== site.id && localized(s, "city", lang) === city);
  return shared ? localized(site, "name", lang) : city;
}

/** Parks open in `year` (opened that year or before), from sites.opened. */
export function parksOpenIn(dataset: Dataset, year: number): Site[] {
  return dataset.sites.filter((s) => openedYear(s) <= year);
}

/**
 * Where a figure applies, in a chart's text or on a figure's page: the site, the whole network,
 * or, for a network figure that covers only some parks (`scope`), which ones
 * and how many of the parks open that year — "Tout le réseau (Casablanca et
 * Rabat : 2 parcs sur 3)".
 */
export function figureScope(dataset: Dataset, obs: Observation, lang: Lang): string {
  const site = scopeLabel(dataset, obs.site, lang, "city");
  const covered = listItems(obs.scope);
  if (obs.site !== NETWORK || covered.length === 0) return site;
  const { siteOf } = datasetIndex(dataset);
  return t(lang, "chart.scope.partial", {
    site,
    parks: new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }).format(
      covered.map((id) => siteName(dataset, siteOf(id), lang)),
    ),
    count: tCount(lang, "chart.count.parksOf", parksOpenIn(dataset, obs.year).length, {
      part: formatNumber(covered.length, lang),
    }),
  });
}
