/**
 * Whether a page the sitemap integration found is a reading page: a page
 * under a language folder ("/fr/donnees/"), not the root redirect, an embed
 * or the 404 page. `page` is the absolute URL @astrojs/sitemap passes to its
 * filter; `base` the site's base path ("/" or "/technopark-en-chiffres/").
 */
export function isSitemapPage(page: string, base: string, langs: readonly string[]): boolean {
  const path = new URL(page).pathname;
  if (!path.startsWith(base)) return false;
  const first = path.slice(base.length).split("/")[0] ?? "";
  return langs.includes(first);
}
