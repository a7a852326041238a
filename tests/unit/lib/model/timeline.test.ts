import { describe, expect, it } from "vitest";
import { chartForMetric } from "../../../../src/charts/catalog.ts";
import type { TimelineEvent } from "../../../../src/lib/data/dataset.ts";
import { siteData } from "../../../../src/lib/data/site-data.ts";
import {
  axisYears,
  keyFiguresByYear,
  timelineEntries,
  timelineSections,
} from "../../../../src/lib/model/timeline.ts";

/** Release 1.0.0 never changes: fixed expectations come from it. */
const v1 = () => {
  const dataset = siteData().datasets.get("1.0.0");
  if (!dataset) throw new Error("release 1.0.0 missing");
  return dataset;
};

const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  date_basis: "printed",
  site: "casablanca",
  kind: "event",
  label_fr: id,
  label_en: id,
  label_ar: id,
  source: "s",
  quote: "q",
  note_fr: "",
  note_en: "",
  note_ar: "",
  ...extra,
});

const ids = (events: TimelineEvent[]) => timelineEntries(events).map((e) => e.event.id);

describe("timelineEntries", () => {
  it("orders release 1.0.0's events by date and numbers them from 1", () => {
    const entries = timelineEntries(v1().events);
    expect(entries.map((e) => [e.n, e.event.date, e.event.kind])).toEqual([
      [1, "2001", "opening"],
      [2, "2011/2012", "anniversary"],
      [3, "2011/2012", "plan"],
      [4, "2011/2012", "plan"],
      [5, "2012", "opening"],
      [6, "2015", "opening"],
      [7, "2016-06-15", "anniversary"],
      [8, "2016-06-15", "plan"],
      [9, "2016-06-15", "plan"],
      [10, "2016-06-15", "plan"],
    ]);
  });

  it("keeps each date's precision: year, month, day, or interval", () => {
    const entries = timelineEntries([
      event("y", "2012"),
      event("m", "2016-06"),
      event("d", "2016-06-15"),
      event("i", "2011/2012"),
    ]);
    const precision = Object.fromEntries(entries.map((e) => [e.event.id, e.precision]));
    expect(precision).toEqual({ y: "year", m: "month", d: "day", i: "interval" });
  });

  it("spans the whole period a date allows, never just 1 January", () => {
    const span = (date: string) => timelineEntries([event("x", date)])[0]?.span;
    expect(span("2012")).toEqual([2012, 2013]);
    expect(span("2011/2012")).toEqual([2011, 2013]);
    // 2016 is a leap year: June starts on day 153 and July on day 183.
    expect(span("2016-06")).toEqual([2016 + 152 / 366, 2016 + 182 / 366]);
    expect(span("2016-06-15")).toEqual([2016 + 166 / 366, 2016 + 167 / 366]);
    expect(span("2016-12-31")).toEqual([2016 + 365 / 366, 2017]);
    expect(span("2016-06/2016-09")).toEqual([2016 + 152 / 366, 2016 + 274 / 366]);
  });

  it("sorts by earliest instant, then the narrower date, then facts before plans, then file order", () => {
    expect(
      ids([
        event("plan", "2016-06-15", { kind: "plan" }),
        event("interval", "2016/2017"),
        event("day", "2016-06-15"),
        event("year", "2016"),
        event("opening", "2016-06-15", { kind: "opening" }),
        event("month", "2016-06"),
        event("day-again", "2016-06-15"),
      ]),
    ).toEqual(["year", "interval", "month", "opening", "day", "day-again", "plan"]);
  });

  it("flags inferred dates and plans", () => {
    const [entry] = timelineEntries([event("x", "2012", { date_basis: "inferred", kind: "plan" })]);
    expect([entry?.inferred, entry?.plan]).toEqual([true, true]);
    const [fact] = timelineEntries([event("y", "2012")]);
    expect([fact?.inferred, fact?.plan]).toEqual([false, false]);
  });

  it("places every event of the latest release once, in non-decreasing date order", () => {
    const { dataset } = siteData();
    const entries = timelineEntries(dataset.events);
    expect(entries.map((e) => e.event.id).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    expect(entries.map((e) => e.n)).toEqual(entries.map((_, i) => i + 1));
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]?.span[0]).toBeGreaterThanOrEqual(entries[i - 1]?.span[0] ?? Infinity);
  });
});

describe("keyFiguresByYear", () => {
  const charted = (metric: string) => chartForMetric(metric) !== undefined;

  it("keeps charted metrics only, by year, network figures first choice", () => {
    const years = keyFiguresByYear(v1(), charted);
    expect(years.map((y) => y.year)).toEqual([2011, 2016]);
    // 2011: Casablanca was alone; no coffee price or mean age (no chart).
    expect(years[0]?.observations.map((o) => o.metric)).toEqual([
      "companies_hosted",
      "companies_accompanied_cumulative",
      "companies_new",
      "jobs",
      "jobs_cumulative",
      "ict_market_share_pct",
    ]);
    // 2016: the network figures as published, not the per-site parts.
    expect(years[1]?.observations.map((o) => o.id)).toEqual([
      "h24info-2016.companies_accompanied_cumulative.network.2016",
      "h24info-2016.jobs.network.2016",
      "h24info-2016.turnover_mad.network.2016",
    ]);
  });

  it("keeps every figure when sources disagree for a metric and year", () => {
    const { dataset } = siteData();
    const years = keyFiguresByYear(dataset, charted);
    for (const { year, observations } of years)
      for (const metric of new Set(observations.map((o) => o.metric))) {
        const published = dataset.observations.filter(
          (o) => o.year === year && o.metric === metric,
        );
        const network = published.filter((o) => o.site === "network");
        const expected = network.length > 0 ? network : published;
        expect(
          observations.filter((o) => o.metric === metric).map((o) => o.id),
          `${metric} ${year}`,
        ).toEqual(expected.map((o) => o.id));
      }
  });
});

describe("timelineSections and axisYears", () => {
  it("puts an interval in the year it starts, beside that year's figures", () => {
    const dataset = v1();
    const entries = timelineEntries(dataset.events);
    const figures = keyFiguresByYear(dataset, (m) => chartForMetric(m) !== undefined);
    const sections = timelineSections(entries, figures);
    expect(sections.map((s) => [s.year, s.entries.map((e) => e.n), s.figures.length])).toEqual([
      [2001, [1], 0],
      [2011, [2, 3, 4], 6],
      [2012, [5], 0],
      [2015, [6], 0],
      [2016, [7, 8, 9, 10], 3],
    ]);
    expect(axisYears(entries, figures)).toEqual([2001, 2016]);
  });

  it("widens the axis to an interval's last year and to figure years", () => {
    const entries = timelineEntries([event("i", "2011/2013")]);
    expect(axisYears(entries, [])).toEqual([2011, 2013]);
    expect(axisYears(entries, [{ year: 2009, observations: [] }])).toEqual([2009, 2013]);
    expect(axisYears([], [])).toBeUndefined();
  });
});
