import { describe, expect, it } from "vitest";
import { HOME_FONT_PX, homeChart } from "../../../src/charts/home-chart.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { plotToSvg } from "../../../src/render/plot-svg.ts";
import { thumbnailSvg } from "../../../src/render/thumbnail-svg.ts";

// Release 2.0.0 never changes. Its network-wide companies hosted, whole
// years and no scope: 2016 230, 2017 more than 260, 2022 about 500 and
// about 450, 2023 more than 450, 2024 500 (AllAfrica) and 450 (Digital
// Africa). The 2015 figures cover Casablanca and Rabat only.
const v2 = siteData().datasets.get("2.0.0");
if (!v2) throw new Error("release 2.0.0 is missing");
const size = { width: 128, height: 120 };
const draw = (lang: "fr" | "en" | "ar") => {
  const chart = homeChart(v2, lang, size);
  if (!chart) throw new Error("no home chart");
  return chart;
};
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? "").replace(/<[^>]+>/g, ""),
  );

describe("homeChart(dataset, lang, size)", () => {
  it("draws the network's companies hosted, whole years only, and says so in its title", () => {
    const chart = draw("fr");
    expect(chart.slug).toBe("entreprises");
    expect(chart.title).toBe("Entreprises hébergées, tout le réseau, 2016–2024");
    expect(chart.panel.observations.map((o) => `${o.year} ${o.value}`)).toEqual([
      "2016 230",
      "2017 260",
      "2022 500",
      "2022 450",
      "2023 450",
      "2024 500",
      "2024 450",
    ]);
  });

  it("labels the latest year with every reading as published, none picked", () => {
    expect([draw("fr").latest, draw("en").latest]).toEqual(["500 ou 450", "500 or 450"]);
    expect(draw("ar").latest).toBe("500 أو 450");
    expect(draw("fr").latestYear).toBe(2024);
  });

  it("writes only the label and the first and last years, at its font size, each label naming its figures", () => {
    const chart = draw("fr");
    const svg = plotToSvg(chart.panel.plot, { idPrefix: "t", title: chart.title, desc: "" });
    expect(texts(svg)).toEqual(["500 ou 450", "2016", "2024"]);
    expect(HOME_FONT_PX).toBeGreaterThanOrEqual(11);
    expect(svg).toContain(
      'data-figure="allafrica-gitex-2024.companies_hosted.network.2024 digitalafrica-benmakhlouf-2024.companies_hosted.network.2024"',
    );
    expect(svg).toMatch(/^<svg[^>]* width="128"/);
    // A mark per figure of a whole year, shaped by its qualifier (2016, 2017,
    // 2022 twice, 2023, 2024 twice; 2017 and 2023 are "plus de"), then the
    // label and the leader line that joins it to its marks.
    const named = [...svg.matchAll(/<(\w+)[^>]* data-figure="[^"]+"/g)].map((m) => m[1]);
    expect(named.filter((tag) => tag !== "text" && tag !== "line")).toHaveLength(7);
    expect(named.filter((tag) => tag === "text")).toHaveLength(1);
    expect(named.filter((tag) => tag === "line")).toHaveLength(1);
  });
});

describe("thumbnailSvg(svg)", () => {
  it("keeps the marks, the title and the description, and drops every text and leader line", () => {
    const svg =
      '<svg><title>T</title><desc>D</desc><g class="tp-leader"><line x1="1"/></g><g class="tp-leader" />' +
      '<g class="tp-label"><text x="1"><tspan>500</tspan><tspan>(AllAfrica)</tspan></text><text y="2">2016</text></g>' +
      '<circle data-figure="a" r="4.5"><title>500</title></circle></svg>';
    expect(thumbnailSvg(svg)).toBe(
      '<svg><title>T</title><desc>D</desc><g class="tp-label"></g><circle data-figure="a" r="4.5"><title>500</title></circle></svg>',
    );
  });
});
