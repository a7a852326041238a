import { readFileSync } from "node:fs";
import { join } from "node:path";
import { layoutOf, type TableName } from "../../schemas/index.ts";
import type { ReleaseNotes } from "./release-notes.ts";
import { sha256, SUMS_FILE } from "./checksums.ts";
import type { ReleaseInfo } from "./releases.ts";
import { zipName, zipRelease } from "./release-zip.ts";
import { ZENODO_FILE } from "./zenodo.ts";

export type FileFormat =
  | "csv"
  | "excel-csv"
  | "json"
  | "datapackage"
  | "readme"
  | "licence"
  | "citation"
  | "archive"
  | "checksums"
  | "zip";

/** The files that make a release folder stand alone (2.0.0 on), in the order listed. */
const DOCUMENTS: [FileFormat, string][] = [
  ["readme", "README.md"],
  ["licence", "LICENSE"],
  ["citation", "CITATION.cff"],
  // From 2.1.0 on: the metadata an archive (Zenodo) reads (zenodo.ts).
  ["archive", ZENODO_FILE],
];

/** One downloadable file of a release, as the data page and index.json list it. */
export interface CatalogFile {
  name: string;
  /** Site path without the base: data/<version>/<name>, or data/<zip name>. */
  path: string;
  format: FileFormat;
  mediatype: string;
  /** The table the file holds, for table files. */
  table?: TableName;
  bytes: number;
  sha256: string;
}

export interface CatalogRelease {
  version: string;
  date: string;
  note: string;
  /** The notes in fr/en/ar, for releases that have them (2.0.0 on). */
  notes?: ReleaseNotes;
  /** Every table as CSV, Excel CSV and JSON, in table order. */
  tables: { name: TableName; files: CatalogFile[] }[];
  datapackage: CatalogFile;
  /** README.md, LICENSE and CITATION.cff (2.0.0 on) and .zenodo.json (2.1.0 on), where present. */
  documents: CatalogFile[];
  sums: CatalogFile;
  /** The whole release in one zip; not in SHA256SUMS, which it contains. */
  zip: CatalogFile;
}

const MEDIATYPE: Record<FileFormat, string> = {
  csv: "text/csv",
  "excel-csv": "text/csv",
  json: "application/json",
  datapackage: "application/json",
  readme: "text/markdown",
  licence: "text/plain",
  citation: "application/x-yaml",
  archive: "application/json",
  checksums: "text/plain",
  zip: "application/zip",
};

const TABLE_FILES: [FileFormat, (t: TableName) => string][] = [
  ["csv", (t) => `${t}.csv`],
  ["excel-csv", (t) => `${t}-excel-fr.csv`],
  ["json", (t) => `${t}.json`],
];

const entry = (
  name: string,
  path: string,
  format: FileFormat,
  bytes: Uint8Array,
  table?: TableName,
): CatalogFile => ({
  name,
  path,
  format,
  mediatype: MEDIATYPE[format],
  ...(table ? { table } : {}),
  bytes: bytes.length,
  sha256: sha256(bytes),
});

/**
 * A version as an HTML id fragment ("1-1-0"): the project's HTML checker
 * accepts only letters, digits, "-" and "_" in ids.
 */
export const versionSlug = (version: string): string => version.replace(/[^A-Za-z0-9_-]/g, "-");

/** Every file of a release, name → bytes, as published. */
export function releaseBytes(release: ReleaseInfo): Map<string, Uint8Array> {
  return new Map(release.files.map((f) => [f, readFileSync(join(release.dir, f))]));
}

const zips = new Map<string, Uint8Array>();

/** The release's zip (built once per process: deflating is the slow part). */
export function releaseZip(release: ReleaseInfo): Uint8Array {
  let zip = zips.get(release.dir);
  if (!zip) {
    zip = zipRelease(release.version, release.date, releaseBytes(release));
    zips.set(release.dir, zip);
  }
  return zip;
}

/**
 * What a release offers for download, with each file's size and SHA-256
 * computed from the published bytes (never copied from SHA256SUMS, so a
 * test can compare the two). Throws if a table file is missing.
 */
export function catalogRelease(release: ReleaseInfo): CatalogRelease {
  const bytes = releaseBytes(release);
  const file = (name: string, format: FileFormat, table?: TableName): CatalogFile => {
    const b = bytes.get(name);
    if (!b) throw new Error(`catalogRelease: ${release.version} has no ${name}`);
    return entry(name, `data/${release.version}/${name}`, format, b, table);
  };
  const zip = zipName(release.version);
  return {
    version: release.version,
    date: release.date,
    note: release.note,
    ...(release.notes ? { notes: release.notes } : {}),
    tables: layoutOf(release.version).tables.map((name) => ({
      name,
      files: TABLE_FILES.map(([format, fileName]) => file(fileName(name), format, name)),
    })),
    datapackage: file("datapackage.json", "datapackage"),
    documents: DOCUMENTS.filter(([, name]) => bytes.has(name)).map(([format, name]) =>
      file(name, format),
    ),
    sums: file(SUMS_FILE, "checksums"),
    zip: entry(zip, `data/${zip}`, "zip", releaseZip(release)),
  };
}

/** Every downloadable file of a catalogued release, tables first. */
export function allFiles(release: CatalogRelease): CatalogFile[] {
  return [
    ...release.tables.flatMap((t) => t.files),
    release.datapackage,
    ...release.documents,
    release.sums,
    release.zip,
  ];
}
