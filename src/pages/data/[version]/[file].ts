import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/data/site-data.ts";
import { reusedReleases } from "../../../lib/release/output-cache.ts";

/**
 * Every file of every release, byte for byte, at /data/<version>/<file>,
 * and the newest release again at /data/latest/<file>; not those a build
 * kept from an earlier one (output-cache.ts).
 */
export const getStaticPaths: GetStaticPaths = () => {
  const { releases, latest } = siteData();
  const reused = reusedReleases();
  const paths = releases
    .filter((r) => !reused.has(r.version))
    .flatMap((r) =>
    r.files.map((file) => ({ params: { version: r.version, file }, props: { dir: r.dir } })),
  );
  const latestPaths = latest.files.map((file) => ({
    params: { version: "latest", file },
    props: { dir: latest.dir },
  }));
  return [...paths, ...latestPaths];
};

export const GET: APIRoute = ({ params, props }) => {
  const bytes = readFileSync(join(String(props.dir), String(params.file)));
  return new Response(bytes);
};
