import { describe, expect, it } from "vitest";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { dataFolderView } from "../../../src/views/data-page.ts";

describe("dataFolderView(data, lang): /data/, the folder of every release", () => {
  const all = siteData();
  const view = dataFolderView(all, "fr", new URL("https://e.org/"));

  it("leads each release, newest first, to its folder's page, with its zip", () => {
    expect(view.releases.map((r) => [r.version, r.latest, r.page, r.zip.path])).toEqual([
      ["2.2.0", true, "/data/2.2.0/", "data/technopark-en-chiffres-2.2.0.zip"],
      ["2.1.0", false, "/data/2.1.0/", "data/technopark-en-chiffres-2.1.0.zip"],
      ["2.0.0", false, "/data/2.0.0/", "data/technopark-en-chiffres-2.0.0.zip"],
      ["1.1.0", false, "/data/1.1.0/", "data/technopark-en-chiffres-1.1.0.zip"],
      ["1.0.0", false, "/data/1.0.0/", "data/technopark-en-chiffres-1.0.0.zip"],
    ]);
  });

  it("gives the same files for programs as the data page, the feed in its language", () => {
    expect(view.programs.map((p) => [p.href, p.shown, p.key])).toEqual([
      ["/data/index.json", "/data/index.json", "data.programs.index"],
      ["/data/versions.json", "/data/versions.json", "data.programs.versions"],
      ["/data/latest/datapackage.json", "/data/latest/", "data.programs.latest"],
      ["/fr/donnees/versions.atom", "/fr/donnees/versions.atom", "data.programs.feed"],
      ["/data/catalog.jsonld", "/data/catalog.jsonld", "data.programs.catalog"],
    ]);
  });
});
