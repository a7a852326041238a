import { escapeXml } from "./xml.ts";

/** A page module as `import.meta.glob` returns it: only getStaticPaths matters here. */
export interface PageModule {
  getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => unknown;
}

type Params = Record<string, string | number | undefined>;

/**
 * The route of a page file relative to src/pages, as Astro builds it with
 * `build.format: "directory"`: "./[lang]/donnees/index.astro" is
 * "[lang]/donnees/", "./[lang]/graphiques/[chart].astro" is
 * "[lang]/graphiques/[chart]/", "./index.astro" is "".
 */
export function routeOf(file: string): string {
  const path = file.replace(/^\.?\//, "").replace(/\.astro$/, "");
  const trimmed = path === "index" ? "" : path.replace(/\/index$/, "");
  return trimmed === "" ? "" : `${trimmed}/`;
}

/**
 * A route with its [param] and [...rest] segments filled from `params`. A
 * rest parameter may be empty; a plain one may not.
 */
export function fillRoute(route: string, params: Params): string {
  const filled = route.replace(
    /\[(\.\.\.)?(\w+)\]/g,
    (_, rest: string | undefined, name: string) => {
      const v = params[name];
      if (v === undefined || v === "") {
        if (rest) return "";
        throw new Error(`sitemap: route ${route} has no value for [${name}]`);
      }
      return String(v);
    },
  );
  return filled.replace(/\/{2,}/g, "/").replace(/^\//, "");
}

/**
 * Every built page path (no leading slash, no base) of the given page
 * modules: a static route once, a dynamic one once per getStaticPaths
 * entry. Files and folders starting with "_" are not pages, as in Astro.
 * Pagination is not supported: a page using it makes this throw rather than
 * leave its pages out of the sitemap.
 */
export async function pagePaths(modules: Record<string, PageModule>): Promise<string[]> {
  const out: string[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    if (/(^|\/)_/.test(file.replace(/^\.\//, ""))) continue;
    const route = routeOf(file);
    if (!route.includes("[")) {
      out.push(route);
      continue;
    }
    if (!mod.getStaticPaths)
      throw new Error(`sitemap: ${file} is dynamic but has no getStaticPaths`);
    const paginate = (): never => {
      throw new Error(`sitemap: ${file} paginates, which the sitemap does not list`);
    };
    const entries = (await mod.getStaticPaths({ paginate, routePattern: route })) as {
      params: Params;
    }[];
    for (const e of entries) out.push(fillRoute(route, e.params));
  }
  return [...new Set(out)].sort();
}

export interface SitemapEntry {
  loc: string;
  /** The same page in every language it exists in, this one included. */
  alternates: { lang: string; href: string }[];
}

/**
 * Sitemap entries for the pages under a language folder ("fr/donnees/"),
 * each with its translations as hreflang alternates, a page's languages
 * together in the order given. Other paths (the root
 * redirect, embeds) are not reading pages and are left out.
 */
export function sitemapEntries(
  paths: readonly string[],
  langs: readonly string[],
  toUrl: (path: string) => string,
): SitemapEntry[] {
  const split = (p: string) => {
    const [lang, ...rest] = p.split("/");
    return { lang: lang as string, rest: rest.join("/") };
  };
  const pages = paths.map(split).filter((p) => langs.includes(p.lang));
  const byRest = new Map<string, string[]>();
  for (const p of pages) byRest.set(p.rest, [...(byRest.get(p.rest) ?? []), p.lang]);
  const order = (p: { lang: string; rest: string }) => [p.rest, langs.indexOf(p.lang)] as const;
  pages.sort((a, b) => {
    const [ra, la] = order(a);
    const [rb, lb] = order(b);
    return ra < rb ? -1 : ra > rb ? 1 : la - lb;
  });
  return pages.map((p) => ({
    loc: toUrl(`${p.lang}/${p.rest}`),
    alternates: langs
      .filter((l) => byRest.get(p.rest)?.includes(l))
      .map((l) => ({ lang: l, href: toUrl(`${l}/${p.rest}`) })),
  }));
}

/** A sitemaps.org urlset with xhtml:link hreflang alternates. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      "  <url>",
      `    <loc>${escapeXml(e.loc)}</loc>`,
      ...e.alternates.map(
        (a) =>
          `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(a.href)}"/>`,
      ),
      "  </url>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
