import type { ArchiveLinks } from "./zenodo.ts";
import { LAYOUT_CURRENT, specOf, type Layout, type TableName } from "../../schemas/index.ts";
import { sha256 } from "./checksums.ts";
import type { Dataset } from "../data/dataset.ts";
import type { ReleaseNotes } from "./release-notes.ts";

export interface ReleaseMeta {
  version: string;
  /** Release day, YYYY-MM-DD. */
  date: string;
  /** The release note in English (datapackage.json's releaseNote). */
  note: string;
  /** The notes in each language of the site, when written (from 2.0.0 on). */
  notes?: ReleaseNotes;
  /** From 2.1.0: the release page and the previous DOI, for .zenodo.json (zenodo.ts). */
  archive?: ArchiveLinks;
}

export const PACKAGE_NAME = "technopark-en-chiffres";

/** What the dataset is, in English: datapackage.json's description and Zenodo's. */
export const DATAPACKAGE_DESCRIPTION =
  "Yearly figures (companies, jobs, turnover, market share) and events of Morocco's " +
  "Technopark network, each quoted from a cited source with its qualifier.";

export const KEYWORDS = ["Technopark", "Morocco", "Maroc", "ICT", "startups", "MITC"] as const;

const FOREIGN_KEYS: Partial<
  Record<TableName, { fields: string; reference: { resource: string; fields: string } }[]>
> = {
  observations: [
    { fields: "metric", reference: { resource: "metrics", fields: "id" } },
    { fields: "source", reference: { resource: "sources", fields: "id" } },
  ],
  events: [{ fields: "source", reference: { resource: "sources", fields: "id" } }],
  corrections: [{ fields: "source", reference: { resource: "sources", fields: "id" } }],
};

/**
 * A Frictionless Tabular Data Package describing the release's CSV files:
 * one resource per table with its schema, size and SHA-256. The `site`
 * columns have no foreign key because they may hold `network`.
 */
export function buildDatapackage(
  dataset: Dataset,
  meta: ReleaseMeta,
  csvFiles: ReadonlyMap<string, Uint8Array>,
  layout: Layout = LAYOUT_CURRENT,
): object {
  return {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    title: "Technopark en chiffres",
    description: DATAPACKAGE_DESCRIPTION,
    version: meta.version,
    created: `${meta.date}T00:00:00Z`,
    releaseNote: meta.note,
    ...(meta.notes ? { releaseNotes: meta.notes } : {}),
    keywords: [...KEYWORDS],
    licenses: [
      {
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0 International",
        path: "https://creativecommons.org/licenses/by/4.0/",
      },
    ],
    sources: dataset.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    resources: layout.tables.map((name) => {
      const path = `${name}.csv`;
      const bytes = csvFiles.get(path);
      if (!bytes) throw new Error(`buildDatapackage: ${path} is missing`);
      return {
        profile: "tabular-data-resource",
        name,
        path,
        title: name,
        description: specOf(layout, name).description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: bytes.length,
        hash: `sha256:${sha256(bytes)}`,
        dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", header: true },
        schema: {
          fields: specOf(layout, name).fields.map((f) => ({
            name: f.name,
            type: f.type,
            description: f.description,
            constraints: {
              ...(f.required ? { required: true } : {}),
              ...(f.enum ? { enum: [...f.enum] } : {}),
              ...(f.name === "id" ? { unique: true } : {}),
            },
          })),
          missingValues: [""],
          primaryKey: "id",
          ...(FOREIGN_KEYS[name] ? { foreignKeys: FOREIGN_KEYS[name] } : {}),
        },
      };
    }),
  };
}
