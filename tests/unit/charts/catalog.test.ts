import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { comparisonYear } from "../../../src/charts/by-site.ts";
import { CHART_CATALOG, chartEntry } from "../../../src/charts/catalog.ts";
import { chartSpec, chartsWithData, drawChart, hasData } from "../../../src/charts/index.ts";
import { WITHHELD_FROM_CHARTS } from "../../../src/charts/select.ts";
import { NARROW, plottedObservations, type Panel } from "../../../src/charts/types.ts";
import type { Dataset, Observation } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { plotToSvg } from "../../../src/render/plot-svg.ts";
import { NETWORK } from "../../../src/schemas/sites.ts";
import { t } from "../../../src/i18n/index.ts";

const { datasets } = siteData();
const v1 = datasets.get("1.0.0") as Dataset;
const ids = (obs: readonly Observation[]) => obs.map((o) => o.id);

/** 1.0.0 plus figures: a dataset as a later release could publish it. */
function withFigures(...extra: Partial<Observation>[]): Dataset {
  const data = structuredClone(v1);
  const base = data.observations[0] as Observation;
  data.observations.push(...extra.map((e, i) => ({ ...base, note: "", id: `test.${i}`, ...e })));
  return data;
}

/** Every label of a drawing, its lines joined by spaces. */
const labelTexts = (doc: Document) =>
  [...doc.querySelectorAll("g.tp-label text")].map((text) => {
    const lines = [...text.querySelectorAll("tspan")].map((s) => s.textContent);
    return lines.length > 0 ? lines.join(" ") : (text.textContent ?? "");
  });

/** The Plot SVG of a panel, as a DOM to query. */
function drawn(panel: { plot?: object }): Document {
  if (!panel.plot) throw new Error("panel has no plot");
  const svg = plotToSvg(panel.plot, { idPrefix: "t", title: "t", desc: "t" });
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`)
    .document as unknown as Document;
}

describe("chart registry", () => {
  it("declares each chart once: slug, metrics, title key and kind", () => {
    expect(CHART_CATALOG.map((c) => [c.slug, c.kind, c.title])).toEqual([
      ["entreprises", "time-series", "chart.entreprises.title"],
      ["entreprises-par-site", "by-site", "chart.entreprises-par-site.title"],
      ["emplois", "time-series", "chart.emplois.title"],
      ["chiffre-affaires", "time-series", "chart.chiffre-affaires.title"],
      ["part-marche-tic", "time-series", "chart.part-marche-tic.title"],
      ["nouvelles-entreprises", "time-series", "chart.nouvelles-entreprises.title"],
      ["taux-occupation", "time-series", "chart.taux-occupation.title"],
      ["taux-reussite", "time-series", "chart.taux-reussite.title"],
      ["sites-en-activite", "time-series", "chart.sites-en-activite.title"],
      ["capacite-surface-cout", "time-series", "chart.capacite-surface-cout.title"],
      ["loyers", "time-series", "chart.loyers.title"],
      ["export-levees", "time-series", "chart.export-levees.title"],
      ["entreprises-sortantes", "time-series", "chart.entreprises-sortantes.title"],
    ]);
    expect(chartEntry("emplois").metrics).toEqual(["jobs", "jobs_cumulative"]);
  });

  it("draws any entry with the one spec, titled from its key", () => {
    const def = drawChart(v1, "en", "emplois");
    expect([def.slug, def.title]).toEqual(["emplois", t("en", "chart.emplois.title")]);
    const viaSpec = chartSpec("emplois")(v1, "en");
    expect(viaSpec.panels.map((p) => ids(p.observations))).toEqual(
      def.panels.map((p) => ids(p.observations)),
    );
  });

  it("throws for a chart that does not exist", () => {
    expect(() => chartEntry("nope")).toThrow(/no chart nope/);
    expect(() => chartSpec("nope")).toThrow(/no chart nope/);
    expect(() => drawChart(v1, "fr", "nope")).toThrow(/no chart nope/);
  });
});

describe("hasData(dataset, entry, options)", () => {
  it("is true for a chart with figures of its metrics, false for one without", () => {
    expect(hasData(v1, chartEntry("emplois"))).toBe(true);
    expect(hasData(v1, chartEntry("taux-occupation"))).toBe(false);
  });

  it("applies the site filter: Rabat has companies figures but no jobs figure in 1.0.0", () => {
    expect(hasData(v1, chartEntry("entreprises"), { site: "rabat" })).toBe(true);
    expect(hasData(v1, chartEntry("emplois"), { site: "rabat" })).toBe(false);
  });

  it("agrees with what the chart draws, for every chart, site and release", () => {
    for (const dataset of datasets.values())
      for (const site of [undefined, ...dataset.sites.map((s) => s.id)])
        for (const entry of CHART_CATALOG) {
          const options = site ? { site } : {};
          const drawnAny = drawChart(dataset, "fr", entry.slug, options).panels.length > 0;
          expect(hasData(dataset, entry, options), `${entry.slug} ${site}`).toBe(drawnAny);
        }
  });
});

describe.each([...datasets])("every chart of release %s", (_version, dataset) => {
  it.each(chartsWithData(dataset).map((c) => c.slug))(
    "%s plots exactly the figures of its metrics, each once",
    (slug) => {
      const entry = CHART_CATALOG.find((c) => c.slug === slug);
      const plotted = ids(plottedObservations(chartSpec(slug)(dataset, "fr")));
      expect(new Set(plotted).size).toBe(plotted.length);
      // Period figures included: a time series draws them as spans. Ranges
      // («de 90 à 100») and figures withheld as likely slips are drawn by no
      // chart: its caveats name them (select.ts, tested in describe.test.ts).
      const ofMetrics = dataset.observations.filter(
        (o) =>
          entry?.metrics.includes(o.metric) &&
          o.qualifier !== "range" &&
          !(o.id in WITHHELD_FROM_CHARTS),
      );
      if (slug === "entreprises-par-site") {
        // One year, sites only: the network total is not a site, a period not a year.
        const perSite = ofMetrics.filter((o) => o.site !== NETWORK && o.period_start === undefined);
        const year = comparisonYear(perSite);
        expect(plotted.sort()).toEqual(ids(perSite.filter((o) => o.year === year)).sort());
      } else expect(plotted.sort()).toEqual(ids(ofMetrics).sort());
    },
  );

  it.each(chartsWithData(dataset).map((c) => c.slug))(
    "%s draws a mark per figure with the shape of its qualifier, a span per period figure, each with its tooltip",
    (slug) => {
      for (const panel of chartSpec(slug)(dataset, "fr").panels) {
        if (!panel.plot) {
          expect(panel.observations).toHaveLength(1);
          continue;
        }
        const doc = drawn(panel);
        const years = panel.observations.filter((o) => o.period_start === undefined);
        for (const q of ["exact", "approx", "more_than", "less_than", "at_most"] as const) {
          const count = years.filter((o) => o.qualifier === q).length;
          const marks = doc.querySelectorAll(`g.tp-q-${q.replace("_", "-")} > *`);
          expect(marks.length, `${slug} ${panel.metric.id} ${q}`).toBe(count);
        }
        const spans = doc.querySelectorAll("g.tp-period > *");
        expect(spans.length).toBe(panel.observations.length - years.length);
        const titled = doc.querySelectorAll(
          "g[class*='tp-q-'] > * > title, g.tp-period > * > title",
        );
        expect(titled.length).toBe(panel.observations.length);
      }
    },
  );
});

describe("entreprises, release 1.0.0", () => {
  const def = chartSpec("entreprises")(v1, "fr");

  it("keeps hosted and accompanied companies apart: the one hosted figure is a big number", () => {
    expect(def.panels.map((p) => [p.metric.id, Boolean(p.plot)])).toEqual([
      ["companies_accompanied_cumulative", true],
      ["companies_hosted", false],
    ]);
    expect(ids(def.panels[1]?.observations ?? [])).toEqual([
      "madeincity-10ans.companies_hosted.casablanca.2011",
    ]);
  });

  it("draws the network in the text colour and each site in its own colour class", () => {
    const doc = drawn(def.panels[0] ?? {});
    expect(doc.querySelector("g.tp-s0.tp-q-more-than")?.children.length).toBe(1); // plus de 900
    expect(doc.querySelector("g.tp-s0")?.getAttribute("color")).toBeNull();
    expect(doc.querySelector("g.tp-s1.tp-q-exact")?.getAttribute("color")).toBe("#0072B2");
    expect(doc.querySelectorAll("g.tp-s2, g.tp-s3").length).toBeGreaterThan(0);
  });

  it("draws a lower bound as a caret pointing up, an exact figure as a filled dot", () => {
    const doc = drawn(def.panels[0] ?? {});
    const caret = doc.querySelector("g.tp-q-more-than > path");
    expect(caret?.getAttribute("transform")).not.toMatch(/rotate/);
    expect(doc.querySelector("g.tp-q-exact > circle")).not.toBeNull();
    expect(doc.querySelector("g.tp-q-exact")?.getAttribute("fill")).toBe("currentColor");
  });

  it("links nothing across the gap from 2011 to 2016, and marks the three openings as ticks", () => {
    const doc = drawn(def.panels[0] ?? {});
    expect(doc.querySelectorAll("g.tp-link > path").length).toBe(0);
    expect(doc.querySelectorAll("g.tp-opening > line").length).toBe(3);
    expect([...doc.querySelectorAll("g.tp-opening-label text")].map((t) => t.textContent)).toEqual([
      "Casablanca",
      "Rabat",
      "Tanger",
    ]);
    expect(doc.querySelector("g.tp-opening-label text")?.getAttribute("transform")).not.toMatch(
      /rotate/,
    );
  });

  it("labels marks with their value as published and names the series in the key", () => {
    const doc = drawn(def.panels[0] ?? {});
    // Tanger's « plus de 20 », just under Rabat's « plus de 80 » in the last
    // year: Rabat's label goes above its caret (left of it, it would be as
    // near Tanger's), and Tanger's is tied to its caret by a leader line.
    expect(labelTexts(doc)).toEqual(["plus de 900", "800", "plus de 80", "plus de 20", "550"]);
    expect(def.panels[0]?.marks.series).toEqual([
      { slot: 0, label: t("fr", "site.network") },
      { slot: 1, label: "Casablanca" },
      { slot: 2, label: "Rabat" },
      { slot: 3, label: "Tanger" },
    ]);
  });

  it("has integer years on its time axis, the release's years, at both widths", () => {
    for (const width of [undefined, NARROW]) {
      const panel = chartSpec("entreprises")(v1, "fr", width ? { width } : {}).panels[0];
      expect(panel?.plot?.x).toMatchObject({ domain: [2001, 2016] });
      const years = [...drawn(panel ?? {}).querySelectorAll("text")]
        .map((e) => e.textContent ?? "")
        .filter((s) => /^20\d\d$/.test(s));
      expect(years.length).toBeGreaterThan(1);
    }
  });

  it("draws one site's figures only with a site filter; Rabat's single figure is a big number", () => {
    const rabat = chartSpec("entreprises")(v1, "fr", { site: "rabat" });
    expect(rabat.panels.map((p) => [ids(p.observations), Boolean(p.plot)])).toEqual([
      [["h24info-2016.companies_accompanied_cumulative.rabat.2016"], false],
    ]);
  });
});

describe("entreprises-par-site", () => {
  it("compares the three sites in 2016 in release 1.0.0, carets pointing right", () => {
    const [panel] = chartSpec("entreprises-par-site")(v1, "ar").panels;
    expect(panel?.observations.map((o) => [o.site, o.year])).toEqual([
      ["casablanca", 2016],
      ["rabat", 2016],
      ["tanger", 2016],
    ]);
    expect(
      drawn(panel ?? {})
        .querySelector("g.tp-q-more-than > path")
        ?.getAttribute("transform"),
    ).toMatch(/rotate\(90\)/);
  });

  it("picks the latest year in which two sites have a figure", () => {
    const o = (site: string, year: number) => ({ site, year }) as Observation;
    expect(comparisonYear([o("a", 2016), o("a", 2018), o("b", 2016)])).toBe(2016);
    expect(comparisonYear([o("a", 2018)])).toBe(2018);
    expect(comparisonYear([])).toBeUndefined();
  });
});

describe("figures that disagree", () => {
  const data = withFigures({
    id: "other.companies_accompanied_cumulative.network.2016",
    metric: "companies_accompanied_cumulative",
    site: NETWORK,
    year: 2016,
    value: 800,
    qualifier: "exact",
    source: "madeincity-10ans",
  });
  const [panel] = chartSpec("entreprises")(data, "fr").panels;

  it("are both drawn, each labelled with its source", () => {
    const texts = labelTexts(drawn(panel ?? {}));
    expect(texts.some((t) => t.includes("plus de 900 (H24info)"))).toBe(true);
    expect(texts.some((t) => t.includes("800 (madein.city)"))).toBe(true);
  });

  it("are not joined to other years by a link, which would pick one of them", () => {
    expect(drawn(panel ?? {}).querySelectorAll("g.tp-s0.tp-link").length).toBe(0);
  });
});

describe("turnover", () => {
  it("is drawn in millions of dirhams on its axis, the labels keeping the published value", () => {
    const data = withFigures({
      metric: "turnover_mad",
      site: "casablanca",
      year: 2011,
      value: 500000000,
      unit: "MAD",
      qualifier: "approx",
    });
    const [panel] = chartSpec("chiffre-affaires")(data, "fr").panels;
    expect(panel?.plot?.y).toMatchObject({ domain: [0, 1000] });
    expect(drawn(panel ?? {}).querySelector("g.tp-axis-title text")?.textContent).toBe(
      "Millions de dirhams",
    );
    const texts = labelTexts(drawn(panel ?? {}));
    expect(texts.some((t) => t.includes("environ 500 millions de dirhams"))).toBe(true);
  });

  it("is a big number in release 1.0.0, which has one turnover figure", () => {
    const def = chartSpec("chiffre-affaires")(v1, "fr");
    expect(def.panels.map((p) => Boolean(p.plot))).toEqual([false]);
  });
});

describe("charts with data", () => {
  it("leaves out the occupancy rate in release 1.0.0, which has no figure for it", () => {
    expect(chartsWithData(v1).map((c) => c.slug)).not.toContain("taux-occupation");
  });

  it("answers each site filter for itself, though it keeps its answers per dataset", () => {
    const v2 = datasets.get("2.0.0") as Dataset;
    const slugs = (site?: string) =>
      CHART_CATALOG.filter((e) => hasData(v2, e, site ? { site } : {})).map((e) => e.slug);
    expect(chartsWithData(v2).map((c) => c.slug)).toEqual(slugs());
    expect(slugs("rabat")).not.toEqual(slugs());
    expect(chartsWithData(v2, { site: "rabat" }).map((c) => c.slug)).toEqual(slugs("rabat"));
    expect(chartsWithData(v2).map((c) => c.slug)).toEqual(slugs());
  });
});

describe("release 2.0.0: marks at their year, lines only where figures were published", () => {
  const v2 = datasets.get("2.0.0") as Dataset;
  const panelOf = (slug: string, lang: "fr" | "ar" = "fr") =>
    chartSpec(slug)(v2, lang).panels[0] as Panel;
  /** Each figure symbol's x and its tooltip. */
  const symbols = (doc: Document) =>
    [...doc.querySelectorAll("g[class*='tp-q-'] > *")].map((el) => ({
      x: Number(
        /translate\(([\d.]+)/.exec(el.getAttribute("transform") ?? "")?.[1] ??
          el.getAttribute("cx"),
      ),
      title: el.querySelector("title")?.textContent ?? "",
    }));

  it("shares one x domain, 2001–2024, across every chart of the release", () => {
    for (const entry of chartsWithData(v2).filter((c) => c.kind === "time-series"))
      for (const panel of chartSpec(entry.slug)(v2, "fr").panels.filter((p) => p.plot))
        expect(panel.plot?.x, entry.slug).toMatchObject({ domain: [2001, 2024] });
  });

  it("draws figures of one year at that year: the three 2016 turnover figures share 2016's x", () => {
    const marks = symbols(drawn(panelOf("chiffre-affaires")));
    const xs = (year: number) =>
      new Set(marks.filter((m) => m.title.includes(` · ${year} · `)).map((m) => m.x));
    expect(xs(2016).size).toBe(1);
    expect(xs(2015).size).toBe(1);
    expect([...xs(2016)][0]).toBeGreaterThan([...xs(2015)][0] ?? Infinity);
  });

  it("gives each mark a tooltip: the value as published, its scope, year and source", () => {
    const titles = symbols(drawn(panelOf("chiffre-affaires"))).map((m) => m.title);
    expect(titles).toContain(
      "800 millions de dirhams · Tout le réseau (Casablanca et Rabat : 2 parcs sur 3) · 2015 · Le360",
    );
    expect(titles).toContain(
      "plus de 1 milliard de dirhams · Tout le réseau · 2024 · souss.digital",
    );
  });

  it("never links across a change of scope: 2015 (Casablanca and Rabat) and 2016 (every park)", () => {
    const doc = drawn(panelOf("chiffre-affaires"));
    expect(doc.querySelectorAll("g.tp-s0.tp-link > path").length).toBe(0);
  });

  it("links occupancy only in consecutive years (2015–2016), never 2005 to 2015", () => {
    const panel = panelOf("taux-occupation");
    expect(panel.plot?.y).toMatchObject({ domain: [0, 100] });
    const doc = drawn(panel);
    expect(doc.querySelectorAll("g.tp-link > path").length).toBe(1);
  });

  it("draws a period figure as a span over its period: 100 % from 2007 to 2011", () => {
    const doc = drawn(panelOf("taux-occupation"));
    const spans = [...doc.querySelectorAll("g.tp-period > path")];
    expect(spans).toHaveLength(1);
    expect(spans[0]?.querySelector("title")?.textContent).toBe(
      "100\u00a0% sur toute la période · Casablanca · 2007–2011 · vitaminedz.com",
    );
    const [x0, y0, x1, y1] =
      (spans[0]?.getAttribute("d") ?? "").match(/[\d.]+/g)?.map(Number) ?? [];
    expect(y0).toBe(y1);
    expect((x1 ?? 0) - (x0 ?? 0)).toBeGreaterThan(20);
  });

  it("says a scope change on the chart: the 2015 network label names its parks", () => {
    const texts = labelTexts(drawn(panelOf("chiffre-affaires")));
    expect(texts.some((s) => s.includes("Casablanca et Rabat : 2 parcs sur 3"))).toBe(true);
  });
});
