import type { z } from "zod";
import { fieldsOf, type Field } from "./field.ts";
import { eventRow } from "./events.ts";
import { metricRow } from "./metrics.ts";
import { observationRow } from "./observations.ts";
import { siteRow } from "./sites.ts";
import { sourceRow } from "./sources.ts";

export interface TableSpec {
  name: TableName;
  /** Columns in the canonical order used for every published file: the zod object's order. */
  fields: readonly Field[];
  row: z.ZodType<Record<string, unknown>, Record<string, string>>;
  description: string;
}

export const TABLE_NAMES = ["sources", "sites", "metrics", "observations", "events"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Every table of the dataset, in the order they are loaded and published. */
export const TABLES: Record<TableName, TableSpec> = {
  sources: {
    name: "sources",
    fields: fieldsOf(sourceRow),
    row: sourceRow,
    description: "The published documents every figure and event is quoted from.",
  },
  sites: {
    name: "sites",
    fields: fieldsOf(siteRow),
    row: siteRow,
    description: "The Technopark sites, with their names in French, English and Arabic.",
  },
  metrics: {
    name: "metrics",
    fields: fieldsOf(metricRow),
    row: metricRow,
    description: "What each observed figure measures, its unit and kind.",
  },
  observations: {
    name: "observations",
    fields: fieldsOf(observationRow),
    row: observationRow,
    description:
      "One figure as published: metric, site, year, value, qualifier, source and verbatim quote.",
  },
  events: {
    name: "events",
    fields: fieldsOf(eventRow),
    row: eventRow,
    description: "Openings, anniversaries, events and plans, each quoted from its source.",
  },
};

/** Column names of a table, in canonical order. */
export const columnsOf = (name: TableName): string[] => TABLES[name].fields.map((f) => f.name);
