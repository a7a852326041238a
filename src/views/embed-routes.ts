import { chartsWithData } from "../charts/index.ts";
import { LANGS, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import type { SiteData } from "../lib/data/site-data.ts";

export interface EmbedRoute {
  params: { version: string; lang: Lang; chart: string };
  props: { version: string; pinnedAs: string; dataset: Dataset };
}

/**
 * Every embed: each release × language × chart that release can draw, and
 * the same under `latest` for the newest release. A chart that a release
 * has no figure for has no embed in that release.
 */
export function embedRoutes(data: SiteData): EmbedRoute[] {
  const pinned = data.releases.map((r) => ({ pinnedAs: r.version, version: r.version }));
  const all = [...pinned, { pinnedAs: "latest", version: data.latest.version }];
  return all.flatMap(({ pinnedAs, version }) => {
    const dataset = data.datasets.get(version);
    if (!dataset) throw new Error(`embedRoutes: no dataset for ${version}`);
    return LANGS.flatMap((lang) =>
      chartsWithData(dataset).map((c) => ({
        params: { version: pinnedAs, lang, chart: c.slug },
        props: { version, pinnedAs, dataset },
      })),
    );
  });
}
