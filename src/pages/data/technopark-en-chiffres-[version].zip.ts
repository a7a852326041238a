import type { APIRoute, GetStaticPaths } from "astro";
import { releaseZip } from "../../lib/release/data-catalog.ts";
import type { ReleaseInfo } from "../../lib/release/releases.ts";
import { siteData } from "../../lib/data/site-data.ts";

/**
 * Each release as one zip at /data/technopark-en-chiffres-<version>.zip
 * (see zipName), byte-identical on every build.
 */
export const getStaticPaths: GetStaticPaths = () =>
  siteData().releases.map((release) => ({ params: { version: release.version }, props: { release } }));

export const GET: APIRoute = ({ props }) =>
  new Response(Buffer.from(releaseZip(props.release as ReleaseInfo)), {
    headers: { "Content-Type": "application/zip" },
  });
