import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { releasesFeed, type FeedInput } from "../../../src/render/atom-feed.ts";

const SITE = "https://example.org/";
const release = (version: string, date: string, note: string) => ({
  version,
  date,
  note,
  noteLang: "en",
  url: `${SITE}data/${version}/`,
  pageUrl: `${SITE}fr/donnees/#version-${version.replace(/\./g, "-")}`,
  zip: { url: `${SITE}data/technopark-en-chiffres-${version}.zip`, bytes: 1234 },
});
const input: FeedInput = {
  lang: "fr",
  title: "Technopark en chiffres : versions des données",
  subtitle: "Chaque version publiée",
  author: "Technopark en chiffres",
  selfUrl: `${SITE}fr/donnees/versions.atom`,
  pageUrl: `${SITE}fr/donnees/`,
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  entryTitle: (v) => `Version ${v}`,
  releases: [
    release("1.0.0", "2026-11-20", "First"),
    release("1.1.0", "2026-11-24", 'Adds <9> sources & "more"'),
  ],
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");

describe("releases feed (Atom)", () => {
  const xml = releasesFeed(input);
  const doc = parse(xml);
  const feed = doc.documentElement as unknown as Element;
  const child = (el: Element, tag: string) => [...el.children].filter((c) => c.tagName === tag);

  it("is an Atom feed with the elements RFC 4287 requires", () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"',
      ),
    ).toBe(true);
    expect(feed.tagName).toBe("feed");
    for (const tag of ["id", "title", "updated", "author"])
      expect(child(feed, tag)).toHaveLength(1);
    expect(child(feed, "updated")[0]?.textContent).toBe("2026-11-24T00:00:00Z");
    const self = child(feed, "link").find((l) => l.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe(`${SITE}fr/donnees/versions.atom`);
  });

  it("has one entry per release, newest first, each with id, title, updated, link, zip and notes", () => {
    const entries = child(feed, "entry");
    expect(entries.map((e) => child(e, "title")[0]?.textContent)).toEqual([
      "Version 1.1.0",
      "Version 1.0.0",
    ]);
    const [newest] = entries;
    if (!newest) throw new Error("no entry");
    expect(child(newest, "id")[0]?.textContent).toBe(`${SITE}data/1.1.0/`);
    expect(child(newest, "updated")[0]?.textContent).toBe("2026-11-24T00:00:00Z");
    const links = child(newest, "link").map((l) => [l.getAttribute("rel"), l.getAttribute("href")]);
    expect(links).toEqual([
      ["alternate", `${SITE}fr/donnees/#version-1-1-0`],
      ["enclosure", `${SITE}data/technopark-en-chiffres-1.1.0.zip`],
    ]);
    expect(child(newest, "summary")[0]?.textContent).toBe('Adds <9> sources & "more"');
  });

  it("escapes the notes' markup characters", () => {
    expect(xml).toContain("Adds &#60;9&#62; sources &#38; &#34;more&#34;");
  });

  it("refuses to describe no release", () => {
    expect(() => releasesFeed({ ...input, releases: [] })).toThrow("releasesFeed: no release");
  });
});
