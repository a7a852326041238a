import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import { sha256 } from "../../lib/release/checksums.ts";
import { siteData } from "../../lib/data/site-data.ts";
import { releaseRoute } from "../../lib/web/routes.ts";

/** Machine-readable list of releases, newest first, with each file's size and SHA-256. */
export const GET: APIRoute = () => {
  const { releases, latest } = siteData();
  const body = {
    latest: latest.version,
    versions: [...releases].reverse().map((r) => ({
      version: r.version,
      date: r.date,
      note: r.note,
      path: releaseRoute(r.version),
      files: r.files.map((name) => {
        const bytes = readFileSync(join(r.dir, name));
        return { name, bytes: bytes.length, sha256: sha256(bytes) };
      }),
    })),
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
};
