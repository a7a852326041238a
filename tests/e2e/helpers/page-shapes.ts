import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileOf } from "../../../scripts/lib/site-pages.ts";

/**
 * A page's shape: its language and direction, and the set of its elements
 * as tag, classes and role (attribute values and text left out; a chart's
 * drawing counted as its <svg> alone, whose content is hidden from
 * assistive technology). Two pages of one shape are one template filled
 * with other figures: the same elements, styled alike, in the same
 * language — what axe-core's findings depend on.
 */
export function pageShape(html: string): string {
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? "";
  const lang = /\slang="([^"]*)"/.exec(root)?.[1] ?? "";
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
  return `${lang}|${dir}|${[...elements].sort().join(" ")}`;
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
