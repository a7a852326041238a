import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";

/**
 * The Arabic web font, served from the npm package it comes from rather
 * than a hand copy: @fontsource/noto-sans-arabic (a devDependency, its
 * version pinned by package-lock.json), Arabic subset, regular weight
 * (≈49 KB), and the package's OFL licence beside it. Only the rules
 * Arabic pages and embeds set inline (src/lib/web/arabic-font.ts) name the
 * font, so no other page fetches it.
 */
const FILES: Record<string, string> = {
  "noto-sans-arabic-400.woff2":
    "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2",
  "OFL-noto-sans-arabic.txt": "@fontsource/noto-sans-arabic/LICENSE",
};

// Resolved from the project root: the build runs its pages from a bundle elsewhere.
const resolve = createRequire(join(process.cwd(), "package.json")).resolve;

export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(FILES).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const from = FILES[String(params.file)];
  if (!from) return new Response(null, { status: 404 });
  return new Response(readFileSync(resolve(from)));
};
