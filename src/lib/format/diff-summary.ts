import type { Lang } from "../../i18n/index.ts";
import type { TableName } from "../../schemas/index.ts";
import {
  datasetIndex,
  type Dataset,
  type Observation,
  type Source,
  type TimelineEvent,
} from "../data/dataset.ts";
import { formatObservation, formatPartialDate } from "./format.ts";
import { localized } from "./localize.ts";
import { scopeLabel } from "./scope.ts";

/**
 * One line that tells a reader what a row of `table` is, from the dataset
 * that holds it: an observation as "Entreprises hébergées · Technopark de
 * Casablanca · 2005 · 150", an event by date and label, a source by
 * publisher and title. Undefined when the id is not in the dataset.
 */
export function rowSummary(
  table: TableName,
  id: string,
  dataset: Dataset,
  lang: Lang,
): string | undefined {
  switch (table) {
    case "observations": {
      const o = dataset.observations.find((x) => x.id === id);
      return o && observationLine(o, dataset, lang);
    }
    case "events": {
      const e = dataset.events.find((x) => x.id === id);
      return e && eventLine(e, lang);
    }
    case "sources": {
      const s = dataset.sources.find((x) => x.id === id);
      return s && sourceLine(s);
    }
    case "metrics": {
      const m = dataset.metrics.find((x) => x.id === id);
      return m && localized(m, "label", lang);
    }
    case "sites": {
      const s = dataset.sites.find((x) => x.id === id);
      return s && localized(s, "name", lang);
    }
    case "places": {
      const p = dataset.places.find((x) => x.id === id);
      return p && localized(p, "name", lang);
    }
    case "corrections": {
      const c = dataset.corrections.find((x) => x.id === id);
      return c && `${c.table} · ${c.row_id} · ${c.field}`;
    }
  }
}

function observationLine(o: Observation, dataset: Dataset, lang: Lang): string {
  return [
    localized(datasetIndex(dataset).metricOf(o.metric), "label", lang),
    scopeLabel(dataset, o.site, lang),
    String(o.year),
    formatObservation(o, lang),
  ].join(" · ");
}

const eventLine = (e: TimelineEvent, lang: Lang): string =>
  `${formatPartialDate(e.date, lang)} · ${localized(e, "label", lang)}`;

const sourceLine = (s: Source): string => `${s.publisher} — ${s.title}`;
