import { escapeXml } from "../lib/web/xml.ts";

/**
 * An Atom feed (RFC 4287) of the dataset's releases, so researchers and
 * portals learn of a new version without watching the site: one entry per
 * release, newest first, with its notes, a link to its place on the data
 * page and its zip as an enclosure.
 */

export interface FeedRelease {
  version: string;
  /** Release day, YYYY-MM-DD. */
  date: string;
  /** Human release notes, and the language they are written in. */
  note: string;
  noteLang: string;
  /** Absolute URLs: the release's folder (its permanent id), its entry on the data page, its zip. */
  url: string;
  pageUrl: string;
  zip: { url: string; bytes: number };
}

export interface FeedInput {
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  /** Absolute URLs of the feed itself and of the data page. */
  selfUrl: string;
  pageUrl: string;
  /** Licence URL, as the feed's rights. */
  licenceUrl: string;
  /** "Version 1.1.0": the title of a release's entry. */
  entryTitle: (version: string) => string;
  releases: readonly FeedRelease[];
}

const day = (date: string) => `${date}T00:00:00Z`;
const text = (tag: string, value: string, attrs = "") =>
  `<${tag}${attrs}>${escapeXml(value)}</${tag}>`;
const link = (attrs: Record<string, string | number>) =>
  `<link ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(" ")}/>`;

/** The feed as an XML document. Throws without a release (a feed must say when it was updated). */
export function releasesFeed(i: FeedInput): string {
  const newest = [...i.releases].sort(
    (a, b) => b.date.localeCompare(a.date) || b.version.localeCompare(a.version),
  );
  const latest = newest[0];
  if (!latest) throw new Error("releasesFeed: no release");
  const entries = newest.map((r) =>
    [
      "  <entry>",
      `    ${text("id", r.url)}`,
      `    ${text("title", i.entryTitle(r.version))}`,
      `    ${text("published", day(r.date))}`,
      `    ${text("updated", day(r.date))}`,
      `    ${link({ rel: "alternate", type: "text/html", href: r.pageUrl })}`,
      `    ${link({ rel: "enclosure", type: "application/zip", length: r.zip.bytes, href: r.zip.url })}`,
      `    ${text("summary", r.note, ` xml:lang="${escapeXml(r.noteLang)}"`)}`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(i.lang)}">`,
    `  ${text("id", i.selfUrl)}`,
    `  ${text("title", i.title)}`,
    `  ${text("subtitle", i.subtitle)}`,
    `  ${text("updated", day(latest.date))}`,
    `  <author>${text("name", i.author)}</author>`,
    `  ${text("rights", i.licenceUrl)}`,
    `  ${link({ rel: "self", type: "application/atom+xml", href: i.selfUrl })}`,
    `  ${link({ rel: "alternate", type: "text/html", href: i.pageUrl })}`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
