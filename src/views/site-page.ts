import { t, type Lang } from "../i18n/index.ts";
import type { Dataset, Site, Source } from "../lib/data/dataset.ts";
import { localized } from "../lib/format/localize.ts";
import { figuresByMetric, sourcesOfSite } from "../lib/model/site-profile.ts";
import { timelineEntries, type TimelineEntry } from "../lib/model/timeline.ts";
import { PAGE, sitePath, sitesPath, timelinePath } from "../lib/web/routes.ts";
import { NETWORK, openedYear } from "../schemas/sites.ts";

export interface SitePageView {
  name: string;
  /** The page's route after the language, for the layout. */
  path: string;
  /** "Casablanca · ouvert en 2001". */
  opened: string;
  hasFigures: boolean;
  /** The site's own events, in timeline order. */
  entries: TimelineEntry[];
  sources: Source[];
  sitesHref: string;
  timelineHref: string;
}

/** One park's page in `lang`: its opening, figures, events and sources. */
export function sitePageView(dataset: Dataset, site: Site, lang: Lang): SitePageView {
  return {
    name: localized(site, "name", lang),
    path: PAGE.site(site.id),
    opened: `${localized(site, "city", lang)} · ${t(lang, "sites.opened", { year: openedYear(site) })}`,
    hasFigures: figuresByMetric(dataset, site.id).length > 0,
    entries: timelineEntries(dataset.events.filter((e) => e.site === site.id)),
    sources: sourcesOfSite(dataset, site.id),
    sitesHref: sitesPath(lang),
    timelineHref: timelinePath(lang),
  };
}

export interface SitesPageView {
  /** Each park, in sites.csv order, with its link and "city · opened" line. */
  sites: { id: string; href: string; name: string; meta: string }[];
  hasNetworkFigures: boolean;
  timelineHref: string;
}

/** The list of parks in `lang`, and whether the network has figures of its own. */
export function sitesPageView(dataset: Dataset, lang: Lang): SitesPageView {
  return {
    sites: dataset.sites.map((site) => ({
      id: site.id,
      href: sitePath(lang, site.id),
      name: localized(site, "name", lang),
      meta: `${localized(site, "city", lang)} · ${t(lang, "sites.opened", { year: openedYear(site) })}`,
    })),
    hasNetworkFigures: figuresByMetric(dataset, NETWORK).length > 0,
    timelineHref: timelinePath(lang),
  };
}
