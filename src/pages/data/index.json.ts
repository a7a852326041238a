import type { APIRoute } from "astro";
import { DATASET_TITLE, LICENCE } from "../../lib/format/citation.ts";
import { allFiles, catalogRelease, type CatalogFile } from "../../lib/release/data-catalog.ts";
import { href } from "../../lib/web/paths.ts";
import { siteData } from "../../lib/data/site-data.ts";
import { releasePath } from "../../lib/web/routes.ts";
import { absoluteUrl } from "../../lib/web/site-url.ts";

/**
 * Releases and their files for programs, newest first: each file's size,
 * SHA-256, site path and absolute URL. `path` holds under any host; `url`
 * uses SITE_URL, or the documented default (src/lib/web/site-url.ts).
 */
export const GET: APIRoute = ({ site }) => {
  const { releases, latest } = siteData();
  const file = (f: CatalogFile) => ({
    name: f.name,
    format: f.format,
    mediatype: f.mediatype,
    ...(f.table ? { table: f.table } : {}),
    bytes: f.bytes,
    sha256: f.sha256,
    path: href(f.path),
    url: absoluteUrl(href(f.path), site),
  });
  const body = {
    title: DATASET_TITLE,
    licence: { id: LICENCE.id, url: LICENCE.url },
    latest: latest.version,
    releases: [...releases].reverse().map((r) => {
      const c = catalogRelease(r);
      return {
        version: c.version,
        date: c.date,
        note: c.note,
        path: releasePath(c.version),
        url: absoluteUrl(releasePath(c.version), site),
        datapackage: file(c.datapackage),
        checksums: file(c.sums),
        zip: file(c.zip),
        files: allFiles(c).map(file),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
};
