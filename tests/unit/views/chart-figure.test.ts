import { describe, expect, it } from "vitest";
import type { Dataset, Metric, Observation } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { chartFigureView, chartNumberView } from "../../../src/views/chart-figure.ts";

// Release 1.1.0 never changes. Its "emplois" chart draws the jobs of five
// sources and gives the one cumulative figure (madein.city, 2011) as a big number.
const v11 = siteData().datasets.get("1.1.0") as Dataset;
const CUMULATIVE = "madeincity-10ans.jobs_cumulative.casablanca.2011";

describe("chartNumberView(dataset, metric, observation, lang): a lone figure", () => {
  it("gives the metric, the value as published, the city, year, quote and source", () => {
    const o = v11.observations.find((x) => x.id === CUMULATIVE) as Observation;
    const metric = v11.metrics.find((m) => m.id === "jobs_cumulative") as Metric;
    const { source, ...card } = chartNumberView(v11, metric, o, "fr");
    expect(card).toEqual({
      metric: "Emplois cumulés depuis l’ouverture",
      value: "environ 7\u202f500",
      scope: "Casablanca",
      year: 2011,
      quote: "autour de 7500 emplois",
    });
    expect([source.id, source.publisher]).toEqual(["madeincity-10ans", "madein.city"]);
  });
});

describe("chartFigureView(dataset, lang, slug, options): a chart as a figure", () => {
  it("titles each drawn panel when there are several, and gives a lone figure as a number", () => {
    const view = chartFigureView(v11, "fr", "emplois");
    expect(view.panels.map((p) => ("number" in p ? `number ${p.number.metric}` : p.title))).toEqual(
      ["Emplois", "number Emplois cumulés depuis l’ouverture"],
    );
  });

  it("names each publisher once, in the chart's source order, and the version when asked", () => {
    const view = chartFigureView(v11, "fr", "emplois", { version: "1.1.0" });
    expect(view.credit).toBe("Source : Le360 ; H24info ; La Vie éco ; Le Soir échos ; madein.city");
    expect(view.versionNote).toBe(" · Données : version 1.1.0.");
    expect(chartFigureView(v11, "en", "emplois").versionNote).toBeUndefined();
  });

  it("keeps only the drawn panel for an embed, untitled", () => {
    const view = chartFigureView(v11, "en", "emplois", { drawnOnly: true });
    expect(view.panels).toHaveLength(1);
    expect(view.panels[0]).not.toHaveProperty("title");
    expect(view.panels[0]).not.toHaveProperty("number");
  });

  it("links each mark to its figure's page only when asked", () => {
    const href = 'href="/fr/chiffres/h24info-2016.jobs.network.2016/"';
    const drawn = (linkFigures: boolean) => {
      const [panel] = chartFigureView(v11, "fr", "emplois", { linkFigures }).panels;
      return panel && "wide" in panel ? [panel.wide, panel.narrow] : [];
    };
    expect(drawn(true).map((svg) => svg.includes(href))).toEqual([true, true]);
    expect(drawn(false).map((svg) => svg.includes(href))).toEqual([false, false]);
  });
});
