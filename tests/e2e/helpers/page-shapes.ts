import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileOf } from "../../../scripts/lib/site-pages.ts";

/**
 * A page's shape: its direction, and the set of its elements as tag,
 * classes and role (attribute values and text left out; a chart's drawing
 * counted as its <svg> alone, whose content is hidden from assistive
 * technology). Two pages of one shape are one template filled with other
 * figures or other words: the same elements, styled alike, laid out the
 * same way — what axe-core's findings depend on. The French and English
 * pages of a template are one shape; the Arabic one, right to left, is
 * another. (Each page's `lang` is checked by html-validate.)
 */
export function pageShape(html: string): string {
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? "";
  const dir = /\sdir="([^"]*)"/.exec(root)?.[1] ?? "";
  const outline = html.replace(/(<svg\b[^>]*>)[\s\S]*?<\/svg>/gi, "$1</svg>");
  const elements = new Set<string>();
  for (const m of outline.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const attrs = m[2] ?? "";
    const classes = (/\sclass="([^"]*)"/.exec(attrs)?.[1] ?? "")
      .split(/\s+/)
      .filter((c) => c && !c.startsWith("astro-"))
      .sort()
      .join(".");
    const role = /\srole="([^"]*)"/.exec(attrs)?.[1] ?? "";
    elements.add(`${(m[1] as string).toLowerCase()}.${classes}[${role}]`);
  }
  return `${dir}|${[...elements].sort().join(" ")}`;
}

/**
 * The first page (in the order given) of each shape among `paths`, pages
 * of the build in `dist`: the pages that stand for their template.
 */
export function oneOfEachShape(dist: string, paths: readonly string[]): Set<string> {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const file = fileOf(dist, path);
    if (!file) throw new Error(`oneOfEachShape: no built file for ${path} in ${dist}`);
    const shape = pageShape(readFileSync(join(dist, file), "utf8"));
    if (!seen.has(shape)) seen.set(shape, path);
  }
  return new Set(seen.values());
}

/** The page's HTML with its theme (`data-theme`, the color-scheme meta tag) blanked. */
function withoutTheme(html: string): string {
  return html
    .replace(/(<html\b[^>]*\sdata-theme=")[^"]*"/i, '$1"')
    .replace(/(<meta name="color-scheme" content=")[^"]*"/i, '$1"');
}

/**
 * `paths` less the pages that are another page of the list in another
 * theme and nothing else (an embed's light and dark variants of its `auto`
 * one): the same document but for its colours. Of each such set the `auto`
 * page is kept, which follows the reader's scheme and so shows both
 * palettes, else the first; pages that are byte for byte the kept one (at
 * another address) are kept too.
 */
export function withoutThemeTwins(dist: string, paths: readonly string[]): string[] {
  const pages = paths.map((path) => {
    const file = fileOf(dist, path);
    if (!file) throw new Error(`withoutThemeTwins: no built file for ${path} in ${dist}`);
    const html = readFileSync(join(dist, file), "utf8");
    return {
      path,
      html,
      key: withoutTheme(html),
      auto: /<html\b[^>]*\sdata-theme="auto"/i.test(html),
    };
  });
  const kept = new Map<string, (typeof pages)[number]>();
  for (const page of pages) {
    const first = kept.get(page.key);
    if (!first || (page.auto && !first.auto)) kept.set(page.key, page);
  }
  return pages.filter((p) => kept.get(p.key)?.html === p.html).map((p) => p.path);
}
