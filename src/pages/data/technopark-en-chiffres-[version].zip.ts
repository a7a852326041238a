import type { APIRoute, GetStaticPaths } from "astro";
import { releaseZip } from "../../lib/release/data-catalog.ts";
import type { ReleaseInfo } from "../../lib/release/releases.ts";
import { siteData } from "../../lib/data/site-data.ts";
import { reusedReleases } from "../../lib/release/output-cache.ts";

/**
 * Each release as one zip at /data/technopark-en-chiffres-<version>.zip
 * (see zipName), byte-identical on every build; not those a build kept
 * from an earlier one (output-cache.ts).
 */
export const getStaticPaths: GetStaticPaths = () => {
  const reused = reusedReleases();
  return siteData()
    .releases.filter((release) => !reused.has(release.version))
    .map((release) => ({ params: { version: release.version }, props: { release } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(Buffer.from(releaseZip(props.release as ReleaseInfo)), {
    headers: { "Content-Type": "application/zip" },
  });
