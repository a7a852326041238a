import { describe, expect, it } from "vitest";
import { chartForMetric } from "../../src/charts/catalog.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { formatObservation, formatPartialDate } from "../../src/lib/format/format.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { keyFiguresByYear, timelineEntries } from "../../src/lib/model/timeline.ts";
import { page } from "../helpers/dist.ts";

const { dataset } = siteData();
const entries = timelineEntries(dataset.events);
const keyFigures = keyFiguresByYear(dataset, (m) => chartForMetric(m) !== undefined);

describe.each(LANGS)("/%s/chronologie/", (lang) => {
  const doc = () => page(`/${lang}/chronologie/`);

  it("draws every event of the latest release once in each of its three drawings, named on the drawing, each mark a link to its entry in the list", () => {
    // A group, not an image: its marks are links (an image cannot hold links).
    const d = doc();
    const svgs = [...d.querySelectorAll(".tl-scroll svg.tl-svg[role=group]")];
    expect(svgs.map((svg) => svg.getAttribute("aria-labelledby"))).toEqual([
      "timeline-h-title timeline-h-desc",
      "timeline-v544-title timeline-v544-desc",
      "timeline-v300-title timeline-v300-desc",
    ]);
    for (const svg of svgs) {
      for (const e of dataset.events) {
        const marks = svg.querySelectorAll(`[data-mark="${e.id}"]`);
        expect(marks.length, e.id).toBe(1);
        // A short label on the drawing; the full one in the mark's title.
        expect(marks[0]?.querySelector("text.tl-label")?.textContent, e.id).toBeTruthy();
        expect(marks[0]?.querySelector("title")?.textContent, e.id).toContain(e[`label_${lang}`]);
        // The mark leads to the event in the list below.
        const href = marks[0]?.closest("a")?.getAttribute("href");
        expect(href, e.id).toBe(`#${e.id}`);
        expect(d.getElementById(e.id)?.getAttribute("data-event"), e.id).toBe(e.id);
      }
      for (const { year } of keyFigures) {
        const href = svg
          .querySelector(`[data-mark="figures-${year}"]`)
          ?.closest("a")
          ?.getAttribute("href");
        expect(href, String(year)).toBe(`#tl-figures-${year}`);
        expect(d.getElementById(`tl-figures-${year}`)?.localName, String(year)).toBe("details");
      }
      const desc = svg.querySelector("desc")?.textContent ?? "";
      for (const e of dataset.events) expect(desc).toContain(e[`label_${lang}`]);
      expect(svg.querySelector("title")?.textContent).toBeTruthy();
      expect(svg.querySelector(".tl-num")).toBeNull();
    }
  });

  it("jumps to every year of the list from the top of the page", () => {
    const jumps = [...doc().querySelectorAll("nav.tl-jump a")].map((a) => a.getAttribute("href"));
    const years = [...doc().querySelectorAll(".tl-list section.tl-year > h3")].map((h) => h.id);
    expect(years.length).toBeGreaterThan(10);
    expect(jumps).toEqual(years.map((id) => `#${id}`));
  });

  it("gives each event one line, its date, kind and label, the rest folded under it", () => {
    for (const li of doc().querySelectorAll("ul.tl-events > li[data-event]")) {
      const summary = li.querySelector(":scope > details > summary");
      expect(summary?.querySelector(".tl-when time"), li.id).not.toBeNull();
      expect(summary?.querySelector(".tl-kind")?.textContent, li.id).toBeTruthy();
      expect(summary?.querySelector(".tl-label")?.textContent, li.id).toBeTruthy();
      expect(summary?.querySelector(".source"), li.id).toBeNull();
      expect(
        li.querySelector("details > .source, details > blockquote, details .source"),
        li.id,
      ).not.toBeNull();
    }
  });

  it("lists every event exactly once, in date order, not numbered", () => {
    const items = [...doc().querySelectorAll("ul.tl-events > li[data-event]")];
    expect(items.map((li) => li.getAttribute("data-event"))).toEqual(
      entries.map((e) => e.event.id),
    );
    expect(items.filter((li) => li.hasAttribute("value"))).toEqual([]);
    const starts = items.map((li) => (li.getAttribute("data-date") ?? "").split("/")[0] ?? "");
    // ISO dates of different precision compare as text in date order ("2016" < "2016-06").
    expect(starts).toEqual([...starts].sort());
  });

  it("shows each date at its precision, an interval as a range, never as 1 January", () => {
    const items = doc().querySelectorAll("ul.tl-events > li[data-event]");
    for (const li of items) {
      const entry = entries.find((e) => e.event.id === li.getAttribute("data-event"));
      if (!entry) throw new Error(`unknown event ${li.getAttribute("data-event")}`);
      expect(li.getAttribute("data-precision")).toBe(entry.precision);
      const times = [...li.querySelectorAll(".tl-when time")];
      const parts = entry.event.date.split("/");
      expect(times.map((t) => t.getAttribute("datetime"))).toEqual(parts);
      expect(times.map((t) => t.textContent)).toEqual(parts.map((p) => formatPartialDate(p, lang)));
      expect(li.querySelector(".tl-when")?.textContent).toContain(
        formatPartialDate(entry.event.date, lang),
      );
      // An inferred date says so in words; a printed one does not.
      expect(li.querySelector(".tl-inferred-flag") !== null, entry.event.id).toBe(entry.inferred);
    }
  });

  it("gives each event its kind, site, quote and source", () => {
    for (const e of dataset.events) {
      const li = doc().querySelector(`li[data-event="${e.id}"]`);
      expect(li?.querySelector(".tl-label")?.textContent).toBe(e[`label_${lang}`]);
      expect(li?.querySelector(".tl-kind")?.textContent?.trim()).toBeTruthy();
      expect(li?.querySelector("blockquote span")?.textContent).toBe(e.quote);
      const source = dataset.sources.find((s) => s.id === e.source);
      expect(li?.querySelector(".source a")?.getAttribute("href")).toBe(source?.url);
      if (e.site !== "network")
        expect(li?.querySelector(".tl-meta a")?.getAttribute("href")).toBe(
          `/${lang}/sites/${e.site}/`,
        );
    }
  });

  it("places the key figures at their year, with qualifiers and links to their charts", () => {
    for (const { year, observations } of keyFigures) {
      const section = doc().getElementById(`tl-year-${year}`)?.closest("section");
      expect(section, String(year)).toBeTruthy();
      for (const o of observations) {
        const card = section?.querySelector(`li.card[id="${o.id}"]`);
        expect(card?.querySelector(".value")?.textContent, o.id).toBe(formatObservation(o, lang));
        const slug = chartForMetric(o.metric)?.slug;
        expect(
          section?.querySelector(`a[href="/${lang}/graphiques/${slug}/"]`),
          o.id,
        ).not.toBeNull();
      }
    }
  });

  it("is linked from the home page's content, not only its menu", () => {
    const link = page(`/${lang}/`).querySelector(`main a[href="/${lang}/chronologie/"]`);
    expect(link?.textContent?.trim()).toBeTruthy();
  });

  it("keeps the time axis left to right and needs no script: CSS picks the drawing", () => {
    const scroller = doc().querySelector(".tl-scroll");
    expect(scroller?.getAttribute("dir")).toBe("ltr");
    // The page's own content runs no script (the header's search button,
    // the one script of every page, is not the timeline's).
    expect(doc().querySelectorAll("main script").length).toBe(0);
    expect(doc().querySelectorAll("main").length).toBe(1);
    expect(
      [...(scroller?.children ?? [])].map((d) => d.getAttribute("class")?.split(" ")[0]),
    ).toEqual(["tl-draw-h", "tl-draw-v-wide", "tl-draw-v-narrow"]);
  });
});

describe("timeline in French, release 2.0.0's events", () => {
  it("dates the TechnoFtour to the day and the tenth anniversary to the day, its year inferred", () => {
    const doc = page("/fr/chronologie/");
    const ftour = doc.querySelector('li[data-event="h24info-2016.anniversary.casablanca"]');
    expect(ftour?.querySelector(".tl-when")?.textContent?.trim()).toBe("15 juin 2016");
    // One ceremony since 2.0.0 (erratum L4): Le Soir échos's, on 27 January 2012.
    expect(
      doc.querySelector('li[data-event="madeincity-10ans.anniversary.casablanca"]'),
    ).toBeNull();
    const tenth = doc.querySelector('li[data-event="lesoir-10ans.anniversary.casablanca"]');
    expect(tenth?.querySelector(".tl-when")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "27 janvier 2012 (date déduite du contenu)",
    );
    // From the building inaugurated in 2000 (a dating disagreement) to the plans for 2025.
    expect(doc.querySelector("h1")?.textContent).toBe(
      "Chronologie du réseau Technopark, 2000 – 2025",
    );
  });
});
