import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { embedCodeView } from "../../../src/views/embed-code.ts";
import { embedPageView } from "../../../src/views/embed-routes.ts";

// Release 1.1.0 never changes.
const v11 = siteData().datasets.get("1.1.0") as Dataset;
const site = new URL("https://e.org/");

describe("embedCodeView(dataset, lang, slug, version, site): the embed section", () => {
  const view = embedCodeView(v11, "fr", "emplois", "1.1.0", site);

  it("offers the release or always the latest, each in three languages and three themes", () => {
    expect(view.pins).toEqual([
      { key: "pinned", label: "Figées sur la version 1.1.0" },
      { key: "latest", label: "Toujours la dernière version" },
    ]);
    expect(view.variants.map((v) => v.id).slice(0, 4)).toEqual([
      "pinned-fr-light",
      "pinned-fr-dark",
      "pinned-fr-auto",
      "pinned-en-light",
    ]);
    expect(view.variants).toHaveLength(18);
    expect(view.variants.at(-1)?.id).toBe("latest-ar-auto");
  });

  it("gives absolute addresses in the snippet and the page's own path to the preview", () => {
    const dark = view.variants.find((v) => v.id === "latest-en-dark");
    expect([dark?.src, dark?.preview]).toEqual([
      "https://e.org/embed/latest/en/emplois/dark/",
      "/embed/latest/en/emplois/dark/",
    ]);
    expect(view.initial?.id).toBe("pinned-fr-light");
    const h = view.initial?.height;
    expect(view.initial?.code).toBe(
      `<iframe src="https://e.org/embed/1.1.0/fr/emplois/" title="Emplois" data-technopark-chart="emplois" ` +
        `width="100%" height="${h}" loading="lazy" style="border:0;width:100%;max-width:48rem"></iframe>\n` +
        `<script src="https://e.org/embed/v1/autoheight.js" async></script>`,
    );
    expect(view.script).toBe("/embed/v1/autoheight.js");
  });

  it("gives one language's frames one height, whatever the pin and theme", () => {
    const heights = (lang: string) =>
      new Set(view.variants.filter((v) => v.lang === lang).map((v) => v.height));
    expect([...heights("fr")]).toHaveLength(1);
    expect([...heights("ar")]).toHaveLength(1);
    expect(view.initial?.height).toBeGreaterThan(200);
  });

  it("links the chart's images in each language", () => {
    expect(view.images[2]).toEqual({
      lang: "ar",
      png: "/ar/graphiques/emplois/chart.png",
      svg: "/ar/graphiques/emplois/chart.svg",
    });
  });
});

describe("embedPageView(dataset, lang, slug, version, pinnedAs, site): one embed page", () => {
  it("titles the page, says the address's version, links the chart page and credits the data", () => {
    const { figure, description, ...view } = embedPageView(
      v11,
      "fr",
      "emplois",
      "1.1.0",
      "latest",
      site,
    );
    expect(view).toEqual({
      slug: "emplois",
      title: "Emplois · Technopark en chiffres",
      heading: "Emplois",
      version: "latest",
      chartPage: "https://e.org/fr/graphiques/emplois/",
      credit: "Technopark en chiffres, données v1.1.0",
    });
    expect(figure.panels).toHaveLength(1);
    expect(description.length).toBeGreaterThan(0);
  });

  it("says the version itself at a pinned address", () => {
    expect(embedPageView(v11, "en", "emplois", "1.1.0", "1.1.0", site).version).toBe("1.1.0");
  });
});
