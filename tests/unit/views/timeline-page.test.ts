import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { siteData } from "../../../src/lib/data/site-data.ts";
import { timelineEntries } from "../../../src/lib/model/timeline.ts";
import {
  figureCardView,
  timelineItemView,
  timelinePageView,
} from "../../../src/views/timeline-page.ts";

// Release 1.1.0 never changes: its events and figures are pinned.
const v11 = siteData().datasets.get("1.1.0") as Dataset;
const entry = (id: string) => {
  const found = timelineEntries(v11.events).find((e) => e.event.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const observation = (id: string) => {
  const found = v11.observations.find((o) => o.id === id);
  if (!found) throw new Error(`no observation ${id}`);
  return found;
};

describe("timelineItemView(dataset, entry, lang): an event as the list shows it", () => {
  it("gives a park's opening its date, kind, label, linked park, source and quote", () => {
    const { source, ...item } = timelineItemView(v11, entry("h24info-2016.opening.rabat"), "fr");
    expect(item).toEqual({
      id: "h24info-2016.opening.rabat",
      date: "2012",
      precision: "year",
      plan: false,
      when: [{ datetime: "2012", text: "2012" }],
      inferred: false,
      kind: "Ouverture",
      label: "Ouverture du Technopark de Rabat",
      where: { name: "Technopark de Rabat", href: "/fr/sites/rabat/" },
      quote: "suivi du Technopark de Rabat en 2012",
    });
    expect(source.id).toBe("h24info-2016");
  });

  it("marks a plan dated by inference over two years, with its note in the language written", () => {
    const item = timelineItemView(v11, entry("madeincity-10ans.plan.rabat"), "fr");
    expect([item.plan, item.inferred, item.precision, item.kind]).toEqual([
      true,
      true,
      "interval",
      "Projet ou annonce",
    ]);
    expect(item.when).toEqual([
      { datetime: "2011", text: "2011" },
      { datetime: "2012", text: "2012" },
    ]);
    // Release 1.1.0 wrote its notes in English only.
    expect(item.note).toEqual({
      text: "A plan at the time; the Rabat park opened in 2012.",
      lang: "en",
    });
  });

  it("names the network without a link, and has no note where the data give none", () => {
    const item = timelineItemView(v11, entry("h24info-2016.plan.marrakech"), "ar");
    expect(item.where).toEqual({ name: "الشبكة بأكملها" });
    expect(item.kind).toBe("مشروع أو إعلان");
    expect(timelineItemView(v11, entry("h24info-2016.opening.rabat"), "en").note).toBeUndefined();
  });
});

describe("figureCardView(dataset, observation, lang): a key figure as a card", () => {
  it("gives the value as published, linked to its page, with metric, scope, year and quote", () => {
    const { source, ...card } = figureCardView(
      v11,
      observation("lavieeco-700.companies_hosted.casablanca.2001"),
      "en",
    );
    expect(card).toEqual({
      id: "lavieeco-700.companies_hosted.casablanca.2001",
      metric: "Companies hosted",
      value: "about 50",
      href: "/en/chiffres/lavieeco-700.companies_hosted.casablanca.2001/",
      scope: "Technopark Casablanca",
      year: 2001,
      quote: "une cinquantaine d’entreprises à ses débuts en 2001",
    });
    expect(source.id).toBe("lavieeco-700");
  });
});

describe("timelinePageView(…).sections: the list, year by year", () => {
  it("gives 2001 its opening, its figure card, the count and the chart of its metric", () => {
    const [first] = timelinePageView(v11, "en").sections;
    expect(first?.year).toBe(2001);
    expect(first?.entries.map((e) => e.id)).toEqual(["h24info-2016.opening.casablanca"]);
    expect(first?.figures.map((f) => f.id)).toEqual([
      "lavieeco-700.companies_hosted.casablanca.2001",
    ]);
    expect(first?.figuresAnchor).toBe("tl-figures-2001");
    expect(first?.figuresSummary).toBe("Figures published for 2001: 1");
    expect(first?.chartLinks).toEqual([
      { href: "/en/graphiques/entreprises/", label: "See the chart: Companies hosted" },
    ]);
  });
});
