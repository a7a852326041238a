import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { formatObservation } from "../../src/lib/format/format.ts";
import { localized } from "../../src/lib/format/localize.ts";
import { siteData } from "../../src/lib/data/site-data.ts";
import { NETWORK } from "../../src/schemas/sites.ts";
import { page } from "../helpers/dist.ts";

const { dataset } = siteData();
const cases = LANGS.flatMap((lang) => dataset.sites.map((site) => [lang, site.id] as const));

describe.each(cases)("/%s/sites/%s/", (lang, siteId) => {
  const site = dataset.sites.find((s) => s.id === siteId);
  if (!site) throw new Error(siteId);
  const doc = () => page(`/${lang}/sites/${siteId}/`);

  it("names the site and its opening year", () => {
    expect(doc().documentElement.getAttribute("lang")).toBe(lang);
    expect(doc().querySelector("h1")?.textContent).toBe(localized(site, "name", lang));
    const opened = doc().querySelector(".site-opened");
    expect(opened?.getAttribute("data-opened")).toBe(String(site.opened));
    // The page says the year; the attribute keeps the date at its precision (2001-10).
    expect(opened?.textContent).toContain(site.opened.slice(0, 4));
  });

  it("shows every observation of the site as published, once, in its metric's row and year's column, linked to its page", () => {
    const own = dataset.observations.filter((o) => o.site === siteId);
    const table = doc().querySelector("table.site-table");
    const cells = [...(table?.querySelectorAll("[data-figure]") ?? [])];
    expect(cells.map((c) => c.getAttribute("data-figure")).sort()).toEqual(
      own.map((o) => o.id).sort(),
    );
    const years = [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent);
    for (const o of own) {
      const cell = table?.querySelector(`[data-figure="${o.id}"]`);
      const link = cell?.querySelector("a");
      // As published; a period figure adds its span: "30 (2001–2011)".
      expect(link?.textContent?.startsWith(formatObservation(o, lang)), o.id).toBe(true);
      expect(link?.getAttribute("href")).toBe(`/${lang}/chiffres/${o.id}/`);
      expect(cell?.closest("tr[data-metric]")?.getAttribute("data-metric")).toBe(o.metric);
      const td = cell?.closest("td");
      const column = td ? [...(td.parentElement?.children ?? [])].indexOf(td) : -1;
      expect(years[column]).toBe(String(o.year));
    }
  });

  it("runs its table from the latest year, and says which year that is", () => {
    const years = dataset.observations.filter((o) => o.site === siteId).map((o) => o.year);
    const heads = [...doc().querySelectorAll("table.site-table thead th")]
      .slice(1)
      .map((th) => Number(th.textContent));
    expect(heads).toEqual([...new Set(years)].sort((a, b) => b - a));
    const latest = doc().querySelector(".site-latest")?.textContent ?? "";
    if (years.length > 0) expect(latest).toContain(String(Math.max(...years)));
    else expect(latest).toBe("");
  });

  it("links the other parks of its city", () => {
    const others = dataset.sites.filter((s) => s.id !== siteId && s.city_fr === site.city_fr);
    const links = [...doc().querySelectorAll(".site-same-city a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(links).toEqual(others.map((s) => `/${lang}/sites/${s.id}/`));
  });

  it("with fewer than three figures, points to its events, its sources and the network's figures", () => {
    const count = dataset.observations.filter((o) => o.site === siteId).length;
    const hrefs = [...doc().querySelectorAll(".site-elsewhere a")].map((a) =>
      a.getAttribute("href"),
    );
    if (count >= 3) expect(hrefs).toEqual([]);
    else expect(hrefs).toContain(`/${lang}/sites/#network`);
  });

  it("lists the site's events in date order and the sources it quotes", () => {
    const events = dataset.events.filter((e) => e.site === siteId);
    const items = [...doc().querySelectorAll("ol.site-events > li[data-event]")];
    expect(items.map((li) => li.getAttribute("data-event")).sort()).toEqual(
      events.map((e) => e.id).sort(),
    );
    const starts = items.map((li) => (li.getAttribute("data-date") ?? "").split("/")[0] ?? "");
    expect(starts).toEqual([...starts].sort());
    const cited = new Set(
      [...dataset.observations, ...dataset.events]
        .filter((r) => r.site === siteId)
        .map((r) => r.source),
    );
    const listed = [...doc().querySelectorAll(".site-sources > li")].map((li) =>
      li.id.replace(/^source-/, ""),
    );
    expect(listed.sort()).toEqual([...cited].sort());
  });
});

describe.each(LANGS)("/%s/sites/", (lang) => {
  const doc = () => page(`/${lang}/sites/`);

  it("is linked from the home page's content, not only its menu", () => {
    const link = page(`/${lang}/`).querySelector(`main a[href="/${lang}/sites/"]`);
    expect(link?.textContent?.trim()).toBeTruthy();
  });

  it("links every site of the release", () => {
    const links = [...doc().querySelectorAll(".site-list li[data-site] > a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(
      dataset.sites.map((s) => `/${lang}/sites/${s.id}/`),
    );
    expect(links.map((a) => a.textContent)).toEqual(
      dataset.sites.map((s) => localized(s, "name", lang)),
    );
  });

  it("shows the network figures as published, not recomputed totals", () => {
    const network = dataset.observations.filter((o) => o.site === NETWORK);
    const table = doc().querySelector("#network ~ .scroll table.site-table");
    const cells = [...(table?.querySelectorAll("[data-figure]") ?? [])];
    expect(cells.map((c) => c.getAttribute("data-figure")).sort()).toEqual(
      network.map((o) => o.id).sort(),
    );
    for (const o of network.filter((x) => x.period_start === undefined))
      expect(table?.querySelector(`[data-figure="${o.id}"] a`)?.textContent).toBe(
        formatObservation(o, lang),
      );
  });

  it("lists at most three other figures in a park's row, else counts them and links its page", () => {
    for (const row of doc().querySelectorAll("table.site-compare tbody tr")) {
      const last = row.querySelector("td:last-child");
      const listed = last?.querySelectorAll("[data-figure]").length ?? 0;
      const link = last?.querySelector("a.site-others");
      expect(listed).toBeLessThanOrEqual(3);
      if (link) {
        expect(listed).toBe(0);
        expect(link.getAttribute("href")).toBe(
          `/${lang}/sites/${row.getAttribute("data-site")}/#figures`,
        );
      }
    }
    // Casablanca has many: its row links, it does not list them.
    expect(doc().querySelector('tr[data-site="casablanca"] a.site-others')).not.toBeNull();
  });

  it("compares every park in one table: its page and its opening", () => {
    const rows = [...doc().querySelectorAll("table.site-compare tbody tr")];
    expect(rows.map((r) => r.getAttribute("data-site"))).toEqual(dataset.sites.map((s) => s.id));
    expect(rows[0]?.querySelector("th a")?.getAttribute("href")).toBe(`/${lang}/sites/casablanca/`);
  });
});
