import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { chartsWithData } from "../../src/charts/index.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { page } from "../helpers/dist.ts";

const data = siteData();
const publishers = (version: string) =>
  new Set(data.datasets.get(version)?.sources.map((s) => s.publisher));

describe("embed pages", () => {
  it.each(LANGS)("exist for every release, chart and theme in %s, and for latest", (lang) => {
    for (const version of [...data.releases.map((r) => r.version), "latest"]) {
      const dataset = data.datasets.get(version === "latest" ? data.latest.version : version);
      if (!dataset) throw new Error(version);
      for (const { slug } of chartsWithData(dataset)) {
        for (const suffix of ["", "dark/", "auto/"]) {
          const doc = page(`/embed/${version}/${lang}/${slug}/${suffix}`);
          const html = doc.documentElement;
          expect(html.getAttribute("lang")).toBe(lang);
          expect(html.getAttribute("data-chart")).toBe(slug);
          expect(html.getAttribute("data-version")).toBe(version);
          expect(html.getAttribute("data-theme")).toBe(suffix.slice(0, -1) || "light");
          // The title once; a big number only for a chart that draws nothing
          // (never the block of another metric beside a drawing).
          const title = doc.querySelector("h1")?.textContent?.trim();
          const panelTitles = [...doc.querySelectorAll(".tp-panel-title")].map((e) =>
            e.textContent?.trim(),
          );
          expect(panelTitles).not.toContain(title);
          if (doc.querySelector("svg.tp-plot")) expect(doc.querySelector(".tp-number")).toBeNull();
          expect(doc.querySelector("h1")?.textContent?.trim()).toBeTruthy();
          expect(doc.querySelector("svg[role=img], .tp-number")).not.toBeNull();
          expect(doc.querySelector('script[src$="/embed/v1/frame.js"]')).not.toBeNull();
        }
      }
    }
  });

  // Publishers cited by the newest release but not the first: an embed
  // pinned to the first must never show them, the latest one shows some.
  const first = data.releases[0];
  const later = [...publishers(data.latest.version)].filter(
    (p) => first && !publishers(first.version).has(p),
  );

  it("pinned to the first release, show its figures only, never a later source", () => {
    if (!first) throw new Error("no release");
    const doc = page(`/embed/${first.version}/fr/entreprises/`);
    const credit = doc.querySelector(".tp-credit")?.textContent ?? "";
    for (const p of publishers(first.version)) expect(credit).toContain(p);
    for (const p of later) expect(credit).not.toContain(p);
    expect(doc.querySelector(".embed-credit")?.textContent).toContain(`v${first.version}`);
  });

  it("under latest, show the newest release and its later sources", () => {
    const doc = page(`/embed/latest/fr/entreprises/`);
    expect(doc.querySelector(".embed-credit")?.textContent).toContain(`v${data.latest.version}`);
    const credit = doc.querySelector(".tp-credit")?.textContent ?? "";
    if (data.releases.length > 1) expect(later.some((p) => credit.includes(p))).toBe(true);
  });

  it("link to their chart page in a new tab, so the press release stays open", () => {
    const link = page("/embed/latest/en/emplois/").querySelector(".embed-credit a");
    expect(link?.getAttribute("href")).toMatch(/\/en\/graphiques\/emplois\/$/);
    expect(link?.getAttribute("target")).toBe("_blank");
  });
});

/** linkedom leaves character references in <textarea> (RCDATA) undecoded; a browser decodes them. */
const rcdata = decodeHTML;

describe("the Embed section of chart pages", () => {
  it.each(LANGS)(
    "in %s, gives the pinned light code in the page's language, and links to every variant",
    (lang) => {
      const { slug } = chartsWithData(data.dataset)[0] ?? { slug: "" };
      const doc = page(`/${lang}/graphiques/${slug}/`);
      const section = doc.querySelector("section#integrer, section[aria-labelledby=integrer]");
      if (!section) throw new Error("no embed section");
      const codes = [...section.querySelectorAll("textarea")];
      expect(codes).toHaveLength(1);
      const code = rcdata(codes[0]?.textContent ?? "");
      expect(code).toMatch(
        new RegExp(`^<iframe src="https?://[^"]+/embed/${data.latest.version}/${lang}/${slug}/"`),
      );
      expect(code).toContain(`data-technopark-chart="${slug}"`);
      expect(code).toMatch(
        /<script src="https?:\/\/[^"]+\/embed\/v1\/autoheight\.js" async><\/script>$/,
      );
      // The same code as the page of every variant gives for that choice.
      const all = page(`/${lang}/graphiques/${slug}/integrer/`);
      expect(code).toBe(rcdata(all.querySelector(`#code-pinned-${lang}-light`)?.textContent ?? ""));
      expect(section.querySelector("a.embed-all")?.getAttribute("href")).toBe(
        `/${lang}/graphiques/${slug}/integrer/`,
      );
      // No preview frame, so no host script on the chart page.
      expect(doc.querySelector("iframe, script[src$='/embed/v1/autoheight.js']")).toBeNull();
    },
  );
});

describe("the page of a chart's embed codes", () => {
  it.each(LANGS)(
    "in %s, offers pinned and latest, each language and theme, with a live preview",
    (lang) => {
      const { slug } = chartsWithData(data.dataset)[0] ?? { slug: "" };
      const doc = page(`/${lang}/graphiques/${slug}/integrer/`);
      expect(doc.querySelector(".tp-up a")?.getAttribute("href")).toBe(
        `/${lang}/graphiques/${slug}/`,
      );
      const section = doc.querySelector(".embed-code");
      if (!section) throw new Error("no embed section");
      const variants = [...section.querySelectorAll(".variant")];
      expect(variants).toHaveLength(2 * LANGS.length * 3);
      for (const v of variants) {
        const code = rcdata(v.querySelector("textarea")?.textContent ?? "");
        const pinned = v.getAttribute("data-v") === "pinned" ? data.latest.version : "latest";
        const theme = v.getAttribute("data-t") === "light" ? "" : `${v.getAttribute("data-t")}/`;
        const path = `/embed/${pinned}/${v.getAttribute("data-l")}/${slug}/${theme}`;
        expect(code).toMatch(
          new RegExp(`^<iframe src="https?://[^"]+${path.replace(/\//g, "\\/")}"`),
        );
        expect(code).toContain(`data-technopark-chart="${slug}"`);
        expect(code).toMatch(
          /<script src="https?:\/\/[^"]+\/embed\/v1\/autoheight\.js" async><\/script>$/,
        );
        // The embed it points to is built.
        expect(page(path).documentElement.getAttribute("data-chart")).toBe(slug);
      }
      const checked = [...section.querySelectorAll("input:checked")].map((i) =>
        i.getAttribute("value"),
      );
      expect(checked).toEqual(["pinned", lang, "light"]);
      expect(section.querySelector("iframe.embed-preview")?.getAttribute("src")).toBe(
        `/embed/${data.latest.version}/${lang}/${slug}/`,
      );
      const images = [...section.querySelectorAll(".embed-images a")].map((a) =>
        a.getAttribute("href"),
      );
      expect(images).toContain(`/${lang}/graphiques/${slug}/chart.png`);
      expect(images).toContain(`/${lang}/graphiques/${slug}/chart.svg`);
    },
  );
});
