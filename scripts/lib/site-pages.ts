import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeXML } from "entities";

/** Every file under `dir`, as paths relative to it with a leading "/". */
export function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? filesUnder(join(dir, d.name), `${prefix}/${d.name}`)
        : [`${prefix}/${d.name}`],
    )
    .sort();
}

/** The URL path ("/fr/") of a built HTML file ("/fr/index.html"). */
export function urlPathOf(file: string): string {
  return file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}

/** The built file ("/fr/index.html") a URL path ("/fr/", "/fr") is served from, or undefined. */
export function fileOf(dist: string, urlPath: string): string | undefined {
  const candidates = urlPath.endsWith("/")
    ? [`${urlPath}index.html`]
    : [urlPath, `${urlPath}/index.html`];
  return candidates.find((c) => {
    const full = join(dist, decodeURIComponent(c));
    return existsSync(full) && statSync(full).isFile();
  });
}

/**
 * URL paths listed by the built sitemap (sitemap.xml, or the index Astro's
 * sitemap integration writes, followed to its parts), relative to the base;
 * undefined when the build has no sitemap.
 */
export function sitemapPaths(dist: string, base = "/"): string[] | undefined {
  const first = ["sitemap.xml", "sitemap-index.xml"].find((f) => existsSync(join(dist, f)));
  if (!first) return undefined;
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const xml = readFileSync(join(dist, file), "utf8");
    const isIndex = /<sitemapindex[\s>]/.test(xml);
    for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      const path = toSitePath(decodeXML(m[1] as string), base);
      if (path === undefined) continue;
      if (isIndex) visit(path.slice(1));
      else out.add(path);
    }
  };
  visit(first);
  return [...out].sort();
}

/** "/technopark/fr/" → "/fr/" under base "/technopark/"; undefined if outside the base. */
function toSitePath(loc: string, base: string): string | undefined {
  const path = new URL(loc, "http://site.invalid/").pathname;
  return path.startsWith(base) ? path.slice(base.length - 1) : undefined;
}

/**
 * The public origin a build was made for: SITE_URL when set, else the
 * origin of the sitemap's or the home page's canonical URLs, when absolute.
 * Absolute links to it are links inside the site.
 */
export function siteUrlOf(dist: string): string | undefined {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const texts = ["sitemap.xml", "sitemap-index.xml", "fr/index.html"]
    .map((f) => join(dist, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8"));
  for (const text of texts) {
    const m =
      /<loc>\s*(https?:\/\/[^<\s/]+)/.exec(text) ??
      /<link rel="canonical" href="(https?:\/\/[^"/]+)/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

export interface SitePages {
  /** Every page to check, as URL paths relative to the base, sorted. */
  all: string[];
  /** The pages the sitemap lists (undefined without a sitemap). */
  sitemap: string[] | undefined;
  /** Built HTML pages the sitemap does not list (embeds, the "/" redirect, 404). */
  unlisted: string[];
}

/**
 * The pages of a built site, never a hand-written list: those of the
 * sitemap when the build has one, plus every other HTML file in the build
 * (embeds and redirects are rightly left out of a sitemap but are pages
 * readers load all the same).
 */
export function sitePages(dist: string, base = "/"): SitePages {
  const built = filesUnder(dist)
    .filter((f) => f.endsWith(".html"))
    .map(urlPathOf);
  const sitemap = sitemapPaths(dist, base);
  const listed = new Set(sitemap ?? []);
  const unlisted = built.filter((p) => !listed.has(p));
  return { all: [...new Set([...(sitemap ?? []), ...unlisted])].sort(), sitemap, unlisted };
}

/** The kinds of page the site has, from the URL scheme of the issues. */
export type PageKind =
  | "redirect"
  | "home"
  | "charts"
  | "chart"
  | "embedCodes"
  | "timeline"
  | "sites"
  | "site"
  | "data"
  | "release"
  | "figures"
  | "figure"
  | "verify"
  | "embed"
  | "other";

const KINDS: [PageKind, RegExp][] = [
  ["redirect", /^\/$/],
  ["home", /^\/[a-z]{2}\/$/],
  ["charts", /^\/[a-z]{2}\/graphiques\/$/],
  ["chart", /^\/[a-z]{2}\/graphiques\/[^/]+\/$/],
  // A chart's every embed code (graphiques/<chart>/integrer/).
  ["embedCodes", /^\/[a-z]{2}\/graphiques\/[^/]+\/integrer\/$/],
  ["timeline", /^\/[a-z]{2}\/chronologie\/$/],
  ["sites", /^\/[a-z]{2}\/sites\/$/],
  ["site", /^\/[a-z]{2}\/sites\/[^/]+\/$/],
  ["data", /^\/[a-z]{2}\/donnees\/$/],
  // A release's page in a language (donnees/2.2.0/), not the dictionary.
  ["release", /^\/[a-z]{2}\/donnees\/\d+\.\d+\.\d+\/$/],
  // The list of figures and its filtered views (chiffres/parc/<site>/, …/annee/<year>/).
  ["figures", /^\/[a-z]{2}\/chiffres\/((parc|indicateur|annee)\/[^/]+\/)?$/],
  ["figure", /^\/[a-z]{2}\/chiffres\/[^/]+\/$/],
  ["verify", /^\/[a-z]{2}\/verifier\/$/],
  // /embed/<version>/<lang>/<chart>/, and its variants (e.g. …/dark/)
  ["embed", /^\/embed\/[^/]+\/[a-z]{2}\/[^/]+\/([^/]+\/)*$/],
];

export function pageKind(urlPath: string): PageKind {
  return KINDS.find(([, re]) => re.test(urlPath))?.[0] ?? "other";
}

/**
 * One page of each kind, preferring French and, for embeds, the latest
 * pinned version: what Lighthouse and the benchmark look at.
 */
export function pageOfEachKind(pages: readonly string[]): Map<PageKind, string> {
  const out = new Map<PageKind, string>();
  const ranked = [...pages].sort(
    (a, b) => rank(a) - rank(b) || a.length - b.length || a.localeCompare(b),
  );
  for (const p of ranked) {
    const kind = pageKind(p);
    if (!out.has(kind)) out.set(kind, p);
  }
  return out;
}

function rank(p: string): number {
  return (p.includes("/fr/") ? 0 : 2) + (p.startsWith("/embed/latest/") ? 1 : 0);
}
