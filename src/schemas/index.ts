import type { z } from "zod";
import { fieldsOf, type Field } from "./field.ts";
import { correctionRow, correctionRowV3 } from "./corrections.ts";
import { eventRow } from "./events.ts";
import {
  eventRowV1,
  metricRowV2,
  observationRowV1,
  observationRowV2,
  siteRowV1,
} from "./legacy.ts";
import { metricRow } from "./metrics.ts";
import { observationRow } from "./observations.ts";
import { placeRow } from "./places.ts";
import { siteRow, siteRowV2 } from "./sites.ts";
import { sourceRow } from "./sources.ts";

export interface TableSpec {
  name: TableName;
  /** Columns in the canonical order used for every published file: the zod object's order. */
  fields: readonly Field[];
  row: z.ZodType<Record<string, unknown>, Record<string, string>>;
  description: string;
  /** True for a table that may have no rows (no correction yet); every other table has some. */
  mayBeEmpty?: boolean;
}

export const TABLE_NAMES = [
  "sources",
  "sites",
  "metrics",
  "observations",
  "events",
  "places",
  "corrections",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const spec = (
  name: TableName,
  row: z.ZodObject,
  description: string,
  extra: Partial<TableSpec> = {},
): TableSpec => ({
  name,
  fields: fieldsOf(row),
  row: row as unknown as TableSpec["row"],
  description,
  ...extra,
});

const DESCRIPTIONS = {
  sources: "The published documents every figure and event is quoted from.",
  sites: "The Technopark sites, with their names in French, English and Arabic.",
  metrics: "What each observed figure measures, its unit and kind.",
  observations:
    "One figure as published: metric, site, year, value, qualifier, source and verbatim quote.",
  events: "Openings, anniversaries, events and plans, each quoted from its source.",
  places:
    "Cities named by plans of the network where no park is open, with their GeoNames id and the plans that name them.",
  corrections:
    "Errata: each field of a row published in an earlier release that this release corrects, with why and the source.",
} as const;

/** Every table of the dataset, in the order they are loaded and published. */
export const TABLES: Record<TableName, TableSpec> = {
  sources: spec("sources", sourceRow, DESCRIPTIONS.sources),
  sites: spec("sites", siteRow, DESCRIPTIONS.sites),
  metrics: spec("metrics", metricRow, DESCRIPTIONS.metrics),
  observations: spec("observations", observationRow, DESCRIPTIONS.observations),
  events: spec("events", eventRow, DESCRIPTIONS.events),
  places: spec("places", placeRow, DESCRIPTIONS.places),
  corrections: spec("corrections", correctionRow, DESCRIPTIONS.corrections, { mayBeEmpty: true }),
};

/**
 * The tables and columns of a release's files. Published releases never
 * change, so each is read (and, for the rebuild test, written) by the
 * layout of its own version: 1 for 1.x, 2 for 2.0.x, 3 for 2.1.x (rates
 * with their horizon, sites with their GeoNames id), 4 (the current model:
 * the places named by plans) from 2.2.0.
 */
export interface Layout {
  id: 1 | 2 | 3 | 4;
  tables: readonly TableName[];
  specs: Partial<Record<TableName, TableSpec>>;
}

export const LAYOUT_V1: Layout = {
  id: 1,
  tables: ["sources", "sites", "metrics", "observations", "events"],
  specs: {
    sources: TABLES.sources,
    sites: spec("sites", siteRowV1, DESCRIPTIONS.sites),
    metrics: spec("metrics", metricRowV2, DESCRIPTIONS.metrics),
    observations: spec("observations", observationRowV1, DESCRIPTIONS.observations),
    events: spec("events", eventRowV1, DESCRIPTIONS.events),
  },
};

/** The tables of releases 2.0.0 to 2.1.x: all but the places named by plans (2.2.0). */
const TABLES_BEFORE_PLACES = TABLE_NAMES.filter((name) => name !== "places");

/** Corrections of releases 2.0.0 to 2.1.x: a table to correct is one they had. */
const CORRECTIONS_V3 = spec("corrections", correctionRowV3, DESCRIPTIONS.corrections, {
  mayBeEmpty: true,
});

/** Release 2.0.x: the current tables, without rates' horizons, with four metric kinds, and sites without positions. */
export const LAYOUT_V2: Layout = {
  id: 2,
  tables: TABLES_BEFORE_PLACES,
  specs: {
    ...TABLES,
    sites: spec("sites", siteRowV2, DESCRIPTIONS.sites),
    metrics: spec("metrics", metricRowV2, DESCRIPTIONS.metrics),
    observations: spec("observations", observationRowV2, DESCRIPTIONS.observations),
    corrections: CORRECTIONS_V3,
  },
};

/** Release 2.1.x: the current tables and columns, without the places named by plans. */
export const LAYOUT_V3: Layout = {
  id: 3,
  tables: TABLES_BEFORE_PLACES,
  specs: {
    ...(Object.fromEntries(
      TABLES_BEFORE_PLACES.map((name) => [name, TABLES[name]]),
    ) as Layout["specs"]),
    corrections: CORRECTIONS_V3,
  },
};

export const LAYOUT_CURRENT: Layout = { id: 4, tables: TABLE_NAMES, specs: TABLES };

/**
 * The layout of release `version` ("1.1.0" → 1, "2.0.0" → 2, "2.1.0" → 3),
 * or the current one for data/ (no version) and every release from 2.2.0.
 */
export function layoutOf(version?: string): Layout {
  const m = version === undefined ? null : /^(\d+)\.(\d+)\./.exec(version);
  if (!m) return LAYOUT_CURRENT;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major < 2) return LAYOUT_V1;
  if (major === 2 && minor < 1) return LAYOUT_V2;
  return major === 2 && minor < 2 ? LAYOUT_V3 : LAYOUT_CURRENT;
}

/** A table's spec in a layout; throws for a table the layout lacks. */
export function specOf(layout: Layout, name: TableName): TableSpec {
  const s = layout.specs[name];
  if (!s) throw new Error(`layout ${layout.id} has no table ${name}`);
  return s;
}

/** Column names of a table, in canonical order. */
export const columnsOf = (name: TableName, layout: Layout = LAYOUT_CURRENT): string[] =>
  specOf(layout, name).fields.map((f) => f.name);
