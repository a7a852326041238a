import type { APIRoute } from "astro";
import { LANGS, t, langParam } from "../../../i18n/index.ts";
import { siteData } from "../../../lib/data/site-data.ts";
import { DATASET_AUTHOR, LICENCE } from "../../../lib/format/citation.ts";
import { catalogRelease } from "../../../lib/release/data-catalog.ts";
import { dataPath, feedPath, releasePagePath, releasePath } from "../../../lib/web/routes.ts";
import { href } from "../../../lib/web/paths.ts";
import { absoluteUrl } from "../../../lib/web/site-url.ts";
import { releasesFeed } from "../../../render/atom-feed.ts";

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** The Atom feed of releases in one language, advertised by that language's data page. */
export const GET: APIRoute = ({ params, site }) => {
  const lang = langParam(params.lang);
  const abs = (basedPath: string) => absoluteUrl(basedPath, site);
  const body = releasesFeed({
    lang,
    title: t(lang, "feed.title"),
    subtitle: t(lang, "feed.subtitle"),
    author: DATASET_AUTHOR,
    selfUrl: abs(feedPath(lang)),
    pageUrl: abs(dataPath(lang)),
    licenceUrl: LICENCE.url,
    entryTitle: (version) => t(lang, "feed.entry", { version }),
    releases: siteData().releases.map((r) => {
      const zip = catalogRelease(r).zip;
      return {
        version: r.version,
        date: r.date,
        // Notes in the reader's language from 2.0.0 on; 1.x notes exist in English only.
        note: r.notes?.[lang] ?? r.note,
        noteLang: r.notes?.[lang] ? lang : "en",
        url: abs(releasePath(r.version)),
        // Its page in the feed's language.
        pageUrl: abs(releasePagePath(lang, r.version)),
        zip: { url: abs(href(zip.path)), bytes: zip.bytes },
      };
    }),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
