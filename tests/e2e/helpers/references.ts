import { decodeHTML } from "entities";
import { parseHTML } from "linkedom";

/**
 * How a page uses a URL it names:
 * - `load`: the browser fetches it by itself (script, stylesheet, image, font, frame);
 * - `navigate`: only when the reader clicks or submits (a, area, form);
 * - `metadata`: fetched by nobody, or by crawlers only (cite, canonical, og:url, og:image).
 */
export type RefKind = "load" | "navigate" | "metadata";

export interface Reference {
  url: string;
  kind: RefKind;
  /** Where it was found, e.g. `<img src>` or `<style> url()`. */
  where: string;
}

const LOADED_LINK_RELS =
  /\b(stylesheet|icon|apple-touch-icon|mask-icon|manifest|preload|modulepreload|prefetch|prerender|preconnect|dns-prefetch)\b/;
const SVG_LOADING = new Set(["use", "image", "feimage", "script"]);

/** Every URL an HTML document names, with how it is used. */
export function htmlReferences(html: string): Reference[] {
  const { document } = parseHTML(html);
  const refs: Reference[] = [];
  const add = (url: string | null, kind: RefKind, where: string) => {
    if (url !== null && url.trim() !== "") refs.push({ url: url.trim(), kind, where });
  };
  for (const el of document.querySelectorAll("*")) {
    const tag = el.localName.toLowerCase();
    for (const attr of ["href", "xlink:href"]) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const where = `<${tag} ${attr}>`;
      if (tag === "link") {
        const rel = (el.getAttribute("rel") ?? "").toLowerCase();
        add(value, LOADED_LINK_RELS.test(rel) ? "load" : "metadata", `<link rel=${rel}>`);
      } else if (SVG_LOADING.has(tag) || tag === "base") add(value, "load", where);
      else add(value, "navigate", where);
    }
    for (const attr of ["src", "poster", "background", "ping"])
      add(el.getAttribute(attr), "load", `<${tag} ${attr}>`);
    if (tag === "object") add(el.getAttribute("data"), "load", "<object data>");
    for (const attr of ["srcset", "imagesrcset"]) {
      const set = el.getAttribute(attr);
      if (set) for (const url of srcsetUrls(set)) add(url, "load", `<${tag} ${attr}>`);
    }
    for (const attr of ["action", "formaction"])
      add(el.getAttribute(attr), "navigate", `<${tag} ${attr}>`);
    add(el.getAttribute("cite"), "metadata", `<${tag} cite>`);
    const style = el.getAttribute("style");
    if (style)
      for (const r of cssReferences(style)) add(r.url, "load", `<${tag} style> ${r.where}`);
    if (tag === "style")
      for (const r of cssReferences(el.textContent ?? "")) add(r.url, "load", `<style> ${r.where}`);
    // Code shown to copy (an embed snippet): its URLs must work where it is
    // pasted. Not fetched by this page, so "navigate". linkedom leaves the
    // character references of a textarea's text (RCDATA) unread.
    const code = ["textarea", "pre", "code"].includes(tag) ? decodeHTML(el.textContent ?? "") : "";
    if (/<[a-z][^>]*\s(src|href)=/i.test(code))
      for (const r of htmlReferences(code)) add(r.url, "navigate", `<${tag}> snippet ${r.where}`);
    if (tag === "meta") {
      const content = el.getAttribute("content") ?? "";
      const equiv = (el.getAttribute("http-equiv") ?? "").toLowerCase();
      const prop = (el.getAttribute("property") ?? el.getAttribute("name") ?? "").toLowerCase();
      if (equiv === "refresh")
        add(/url\s*=\s*(.+)$/i.exec(content)?.[1] ?? null, "navigate", "<meta refresh>");
      if (/^(og:url|og:image(:url|:secure_url)?|twitter:image)$/.test(prop))
        add(content, "metadata", `<meta ${prop}>`);
    }
  }
  return refs;
}

/** The URLs of a srcset ("a.png 1x, b.png 2x"). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,(?=\s*\S)/)
    .map((c) => c.trim().split(/\s+/)[0] ?? "")
    .filter((u) => u !== "");
}

/** Every url(...) and @import of a stylesheet, all fetched by the browser. */
export function cssReferences(css: string): Reference[] {
  const refs: Reference[] = [];
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of clean.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g))
    refs.push({ url: (m[1] ?? m[2] ?? m[3] ?? "").trim(), kind: "load", where: "url()" });
  for (const m of clean.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g))
    refs.push({ url: m[1] ?? m[2] ?? "", kind: "load", where: "@import" });
  return refs.filter((r) => r.url !== "");
}

/** Every href of a standalone SVG file (links and <use>/<image> sources) and its url()s. */
export function svgReferences(svg: string): Reference[] {
  const refs: Reference[] = [];
  for (const m of svg.matchAll(/<([a-zA-Z]+)\b[^>]*?\s(?:xlink:)?href="([^"]*)"/g)) {
    const tag = (m[1] as string).toLowerCase();
    refs.push({
      url: m[2] as string,
      kind: SVG_LOADING.has(tag) ? "load" : "navigate",
      where: `<${tag} href>`,
    });
  }
  return [...refs, ...cssReferences(svg.replace(/<(?:a|use|image)\b[^>]*>/g, ""))];
}

/** The ids (and legacy anchor names) of an HTML document: valid #fragment targets. */
export function fragmentTargets(html: string): Set<string> {
  const { document } = parseHTML(html);
  const out = new Set<string>();
  for (const el of document.querySelectorAll("[id]")) out.add(el.getAttribute("id") as string);
  for (const el of document.querySelectorAll("a[name]")) out.add(el.getAttribute("name") as string);
  return out;
}
