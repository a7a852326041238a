import { decodeXML } from "entities";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cssReferences,
  fragmentTargets,
  htmlReferences,
  svgReferences,
  type Reference,
} from "./references.ts";
import { fileOf, filesUnder, urlPathOf } from "../../../scripts/lib/site-pages.ts";

/** A stand-in origin for the built site while resolving its URLs. */
const SITE = "http://site.invalid";

export interface SiteLocation {
  /** The sub-path the site was built for ("/" or "/technopark-en-chiffres/"). */
  base?: string | undefined;
  /** The public origin the build was given (SITE_URL): absolute links to it are internal. */
  siteUrl?: string | undefined;
}

export interface Finding {
  /** The built file that names the URL ("/fr/index.html"). */
  file: string;
  url: string;
  where: string;
  problem: string;
}

/** Every URL each checked file of the build names: HTML, CSS, SVG, sitemaps, robots.txt, data indexes. */
export function referencesByFile(dist: string): Map<string, Reference[]> {
  const out = new Map<string, Reference[]>();
  for (const file of filesUnder(dist)) {
    const refs = referencesOf(file, () => readFileSync(join(dist, file), "utf8"));
    if (refs) out.set(file, refs);
  }
  return out;
}

function referencesOf(file: string, read: () => string): Reference[] | undefined {
  if (file.endsWith(".html")) return htmlReferences(read());
  if (file.endsWith(".css")) return cssReferences(read());
  if (file.endsWith(".svg")) return svgReferences(read());
  if (/\/sitemap[^/]*\.xml$/.test(file))
    return [...read().matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => ({
      url: decodeXML(m[1] as string),
      kind: "navigate",
      where: "<loc>",
    }));
  if (file === "/robots.txt")
    return [...read().matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => ({
      url: m[1] as string,
      kind: "navigate",
      where: "Sitemap:",
    }));
  if (file.endsWith("/datapackage.json")) {
    const pkg = JSON.parse(read()) as { resources?: { path?: string | string[] }[] };
    return (pkg.resources ?? [])
      .flatMap((r) => (Array.isArray(r.path) ? r.path : r.path ? [r.path] : []))
      .map((url) => ({ url, kind: "navigate", where: "resources[].path" }));
  }
  // Data indexes for programs: every URL they list, files and release
  // folders ("/data/1.1.0/", whose index.html is the release's page).
  if (/^\/data\/[^/]+\.json$/.test(file))
    return jsonStrings(JSON.parse(read()))
      .filter((s) => /^(\/|https?:\/\/)/.test(s))
      .map((url) => ({ url, kind: "navigate", where: "JSON string" }));
  return undefined;
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The URL a reference resolves to from `file`, as the browser would. */
function resolve(ref: string, file: string, loc: SiteLocation): URL | undefined {
  const base = (loc.base ?? "/").replace(/\/?$/, "/");
  try {
    const from = new URL(base.slice(1) + urlPathOf(file).slice(1), `${SITE}/`);
    const url = new URL(ref, from);
    if (loc.siteUrl && url.origin === new URL(loc.siteUrl).origin)
      return new URL(url.pathname + url.search + url.hash, SITE);
    return url;
  } catch {
    return undefined;
  }
}

/** Whether a resolved URL belongs to the built site. */
function internal(url: URL): boolean {
  return url.origin === SITE;
}

/**
 * Every broken internal link or missing asset of a build: a URL of the
 * site that no built file answers, that falls outside the base path, or
 * whose #fragment names no id of the target page.
 */
export function brokenLinks(dist: string, loc: SiteLocation = {}): Finding[] {
  const base = (loc.base ?? "/").replace(/\/?$/, "/");
  const targets = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = targets.get(file);
    if (!ids) targets.set(file, (ids = fragmentTargets(readFileSync(join(dist, file), "utf8"))));
    return ids;
  };
  const findings: Finding[] = [];
  for (const [file, refs] of referencesByFile(dist))
    for (const ref of refs) {
      if (/^(mailto|tel|data|blob|javascript):/i.test(ref.url)) continue;
      const url = resolve(ref.url, file, loc);
      const report = (problem: string) =>
        findings.push({ file, url: ref.url, where: ref.where, problem });
      if (!url) {
        report("is not a valid URL");
        continue;
      }
      if (!internal(url)) continue;
      if (!url.pathname.startsWith(base)) {
        report(`is outside the base path ${base}`);
        continue;
      }
      const target = fileOf(dist, url.pathname.slice(base.length - 1));
      if (!target) {
        report(`names ${url.pathname}, which is not in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment))
        report(`names #${fragment}, which no element of ${target} has`);
    }
  return findings;
}

/**
 * References to origins other than the site's, except those the reader
 * follows by choice: `<a href>`, forms, and a `cite` whose URL the same
 * page also offers as a link. Anything else (a script, a stylesheet, a
 * font, an image, a frame, a prefetch, a canonical elsewhere) would send
 * the reader's browser to a third party, or claim the page lives there.
 */
export function outsideReferences(dist: string, loc: SiteLocation = {}): Finding[] {
  const findings: Finding[] = [];
  for (const [file, refs] of referencesByFile(dist)) {
    if (!file.endsWith(".html") && !file.endsWith(".css")) continue;
    const links = new Set(refs.filter((r) => r.kind === "navigate").map((r) => r.url));
    for (const ref of refs) {
      if (/^(mailto|tel|data|blob):/i.test(ref.url) || ref.kind === "navigate") continue;
      const url = resolve(ref.url, file, loc);
      if (!url || internal(url)) continue;
      if (ref.kind === "metadata" && ref.where.endsWith(" cite>") && links.has(ref.url)) continue;
      findings.push({
        file,
        url: ref.url,
        where: ref.where,
        problem:
          ref.kind === "load"
            ? `makes the browser fetch from ${url.origin}`
            : `points metadata at ${url.origin}`,
      });
    }
  }
  return findings;
}

/** One line per finding, for assertion messages. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}: ${f.where} "${f.url}" ${f.problem}`).join("\n");
}
