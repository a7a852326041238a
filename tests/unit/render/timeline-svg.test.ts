import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartForMetric } from "../../../src/charts/catalog.ts";
import type { Lang } from "../../../src/i18n/index.ts";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { keyFiguresByYear, timelineEntries } from "../../../src/lib/model/timeline.ts";
import { timelineChart } from "../../../src/lib/timeline-layout/timeline-chart.ts";
import { dateParts, entryDateText } from "../../../src/lib/format/timeline-text.ts";
import { shortLabel } from "../../../src/lib/format/timeline-text.ts";
import { renderTimelineSvg, renderTimelineSvgVertical } from "../../../src/render/timeline-svg.ts";
import { expectSvgSnapshot } from "../../helpers/svg-snapshot.ts";

const SNAPSHOTS = join(import.meta.dirname, "__snapshots__");
const v1 = () => siteData().datasets.get("1.0.0") as Dataset;

function render(dataset: Dataset, lang: Lang, width?: number) {
  const entries = timelineEntries(dataset.events);
  const figures = keyFiguresByYear(dataset, (m) => chartForMetric(m) !== undefined);
  const input = timelineChart(entries, figures, dataset, lang);
  if (!input) throw new Error("nothing to draw");
  const svg = width ? renderTimelineSvgVertical(input, width) : renderTimelineSvg(input);
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return { svg, root: document.querySelector("svg") as unknown as SVGSVGElement, entries };
}

const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

describe("renderTimelineSvg", () => {
  it("draws release 1.0.0 as the stored picture (fr)", async () => {
    const { svg } = render(v1(), "fr");
    await expectSvgSnapshot(join(SNAPSHOTS, "timeline-1.0.0-fr.svg"), svg);
  });

  it("draws release 1.0.0 down the page in Arabic as the stored picture", async () => {
    const { svg } = render(v1(), "ar", 300);
    await expectSvgSnapshot(join(SNAPSHOTS, "timeline-1.0.0-ar-300.svg"), svg);
  });

  it("is a group (its marks are links) with a title and a description naming every event, by date", () => {
    const { root } = render(v1(), "fr");
    expect(root.getAttribute("role")).toBe("group");
    expect(root.getAttribute("aria-labelledby")).toBe("timeline-h-title timeline-h-desc");
    expect(root.querySelector("title#timeline-h-title")?.textContent).toBe(
      "Chronologie du réseau Technopark, 2001 – 2016",
    );
    const desc = root.querySelector("desc#timeline-h-desc")?.textContent ?? "";
    for (const e of v1().events) expect(desc).toContain(e.label_fr);
    expect(desc).toContain("2011 – 2012 (date déduite du contenu) : Le Technopark fête ses 10 ans");
    expect(desc).toContain("Chiffres publiés pour : 2011 et 2016.");
    const down = render(v1(), "fr", 300).root;
    expect(down.getAttribute("aria-labelledby")).toBe("timeline-v300-title timeline-v300-desc");
  });

  it("makes each mark a link to its entry in the list: an event to its id, a year of figures to its figures", () => {
    for (const width of [undefined, 300]) {
      const { root, entries } = render(v1(), "fr", width);
      for (const entry of entries) {
        const mark = root.querySelector(`[data-mark="${entry.event.id}"]`);
        expect(mark?.parentElement?.localName).toBe("a");
        expect(mark?.parentElement?.getAttribute("href")).toBe(`#${entry.event.id}`);
      }
      // Release 1.0.0 has figures for 2011 and 2016.
      const hrefs = ["2011", "2016"].map((y) =>
        root.querySelector(`[data-mark="figures-${y}"]`)?.parentElement?.getAttribute("href"),
      );
      expect(hrefs).toEqual(["#tl-figures-2011", "#tl-figures-2016"]);
    }
  });

  it("names each event of the latest release on the drawing, its full summary in a <title>, no numbers", () => {
    const { root, entries } = render(siteData().dataset, "en");
    for (const entry of entries) {
      const marks = root.querySelectorAll(`[data-mark="${entry.event.id}"]`);
      expect(marks.length, entry.event.id).toBe(1);
      // Across, a short label always fits: at most 48 characters on one line.
      expect(marks[0]?.querySelector("text.tl-label")?.textContent, entry.event.id).toBe(
        shortLabel(entry.event.label_en),
      );
      expect(marks[0]?.querySelector("title")?.textContent).toContain(entry.event.label_en);
    }
    expect(root.querySelectorAll(".tl-mark:not(.tl-figures)").length).toBe(entries.length);
    expect(root.querySelector(".tl-num")).toBeNull();
    const ten = root.querySelector('[data-mark="lavieeco-pari-gagne.event.casablanca"] text');
    expect(ten?.textContent).toBe("Technopark’s director general leaves for…");
  });

  it("draws plans in their own lane, hollow-classed, apart from facts", () => {
    const { root } = render(v1(), "fr");
    const plans = [...root.querySelectorAll(".tl-lane-plan .tl-mark")];
    expect(plans.length).toBe(v1().events.filter((e) => e.kind === "plan").length);
    for (const m of plans) expect(m.getAttribute("class")).toContain("tl-plan");
    for (const m of root.querySelectorAll(".tl-mark.tl-plan"))
      expect(m.closest(".tl-lane-plan")).not.toBeNull();
    expect(root.querySelector(".tl-separators line")).not.toBeNull();
    expect([...root.querySelectorAll(".tl-lane-label")].map((t) => t.textContent)).toContain(
      "Projets et annonces (pas des faits)",
    );
  });

  it("draws a day as a dot inside its year, and a year or a range as a bar over it", () => {
    const { root } = render(v1(), "fr");
    const band = (year: number) => {
      const label = [...root.querySelectorAll("text.tl-year")].find(
        (t) => t.textContent === String(year),
      );
      const centre = num(label, "x");
      const half = 904 / 16 / 2;
      return [centre - half, centre + half];
    };
    const dot = root.querySelector('[data-mark="h24info-2016.anniversary.casablanca"] circle');
    const [start2016, end2016] = band(2016);
    // 15 June is 45% into the year: well after 1 January.
    expect(num(dot, "cx")).toBeCloseTo((start2016 ?? 0) + (166 / 366) * 56.5, 0);
    expect(num(dot, "cx")).toBeLessThan(end2016 ?? 0);
    const bar = root.querySelector('[data-mark="madeincity-10ans.anniversary.casablanca"] rect');
    expect(num(bar, "x")).toBeCloseTo((band(2011)[0] ?? 0) + 1, 0);
    expect(num(bar, "x") + num(bar, "width")).toBeCloseTo((band(2012)[1] ?? 0) - 1, 0);
    expect(root.querySelector('[data-mark="h24info-2016.opening.rabat"] circle')).toBeNull();
  });

  it("keeps the axis left to right in Arabic, lane labels on the right, labels embedded right to left", () => {
    const { root } = render(v1(), "ar");
    const years = [...root.querySelectorAll("text.tl-year")].map((t) => [
      Number(t.textContent),
      num(t, "x"),
    ]);
    const byX = [...years].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0)).map((y) => y[0]);
    expect(byX).toEqual(years.map((y) => y[0]).sort((a, b) => (a ?? 0) - (b ?? 0)));
    const label = [...root.querySelectorAll("text.tl-lane-label")].find(
      (t) => t.textContent === "\u202Bافتتاحات\u202C",
    );
    expect(label?.getAttribute("text-anchor")).toBe("end");
    expect(num(label, "x")).toBe(916);
  });

  it("wraps a long label in lines of one <text>, so a browser measures it whole", () => {
    const { root } = render(siteData().dataset, "fr", 300);
    const text = root.querySelector('[data-mark="lavieeco-pari-gagne.event.casablanca"] text');
    expect([...(text?.querySelectorAll("tspan") ?? [])].map((t) => t.textContent)).toEqual([
      "Le directeur général du",
      "Technopark part pour…",
    ]);
  });

  it("writes reproducible output: same input, same bytes; coordinates to 0.1 px", () => {
    const a = render(v1(), "en").svg;
    expect(render(v1(), "en").svg).toBe(a);
    const coordinates = [
      ...[...a.matchAll(/ (?:x|y|cx|cy|r|x1|x2|y1|y2|width|height)="([^"]*)"/g)].map((m) => m[1]),
      ...[...a.matchAll(/ d="([^"]*)"/g)].flatMap((m) => m[1]?.match(/-?[\d.]+/g) ?? []),
    ];
    expect(coordinates.length).toBeGreaterThan(100);
    for (const c of coordinates) expect(c).toMatch(/^-?\d+(\.\d)?$/);
  });
});

describe("timeline dates as text", () => {
  it("shows an interval as two <time> pieces and marks an inferred date", () => {
    const entries = timelineEntries(v1().events);
    const tenth = entries.find((e) => e.event.id === "madeincity-10ans.anniversary.casablanca");
    if (!tenth) throw new Error("missing");
    expect(dateParts(tenth, "fr")).toEqual([
      { datetime: "2011", text: "2011" },
      { datetime: "2012", text: "2012" },
    ]);
    expect(entryDateText(tenth, "en")).toBe("2011 – 2012 (date deduced from the content)");
    const ftour = entries.find((e) => e.event.id === "h24info-2016.anniversary.casablanca");
    if (!ftour) throw new Error("missing");
    expect(dateParts(ftour, "fr")).toEqual([{ datetime: "2016-06-15", text: "15 juin 2016" }]);
    expect(entryDateText(ftour, "fr")).toBe("15 juin 2016");
  });
});
