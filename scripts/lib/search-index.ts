import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Indexes the built site `dir` for its search box with Pagefind, writing
 * `dir/pagefind/` (a bundle per language, as each page's `<html lang>`
 * says). Only elements marked `data-pagefind-body` are read (the reading
 * pages' <main>: embeds, the 404 and the filtered lists stay out);
 * `data-pagefind-filter` and `data-pagefind-meta` give results their park,
 * metric and value. Chart drawings are left out: their ticks and labels are
 * words of no page. Throws on any indexing error, so no build ships
 * without its index.
 */
export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["svg"] });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration that indexes every build once its pages are written. */
export const searchIndex = {
  name: "search-index",
  hooks: {
    "astro:build:done": async ({ dir }: { dir: URL }) => {
      await writeSearchIndex(fileURLToPath(dir));
    },
  },
};
