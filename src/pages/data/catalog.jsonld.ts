import type { APIRoute } from "astro";
import { LANGS, t, type Lang } from "../../i18n/index.ts";
import { siteData } from "../../lib/data/site-data.ts";
import { catalogRelease } from "../../lib/release/data-catalog.ts";
import { dcatCatalog } from "../../lib/release/dcat.ts";
import type { Dataset } from "../../lib/data/dataset.ts";
import { aboutPath, catalogPath, dataPath, homePath } from "../../lib/web/routes.ts";
import { href } from "../../lib/web/paths.ts";
import { absoluteUrl } from "../../lib/web/site-url.ts";

const byLang = (f: (lang: Lang) => string) =>
  Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;

/** The DCAT-AP catalogue of the datasets and every release, for open-data portals to harvest. */
export const GET: APIRoute = ({ site }) => {
  const { releases, datasets } = siteData();
  const abs = (basedPath: string) => absoluteUrl(basedPath, site);
  const body = dcatCatalog({
    catalogUrl: abs(catalogPath()),
    homeUrl: abs(homePath("fr")),
    dataPageUrl: byLang((l) => abs(dataPath(l))),
    contactUrl: abs(aboutPath("fr")),
    description: byLang((l) => t(l, "data.description")),
    toUrl: (path) => abs(href(path)),
    releases: releases.map((r) => ({
      catalog: catalogRelease(r),
      dataset: datasets.get(r.version) as Dataset,
    })),
  });
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/ld+json" },
  });
};
