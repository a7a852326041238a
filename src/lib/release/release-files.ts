import { layoutOf } from "../../schemas/index.ts";
import { formatSums, SUMS_FILE } from "./checksums.ts";
import type { Dataset } from "../data/dataset.ts";
import { buildDatapackage, type ReleaseMeta } from "./datapackage.ts";
import { licenceText, releaseCitation, releaseReadme } from "./release-readme.ts";
import { toCsv, toExcelCsv, toJson } from "./serialise.ts";
import { carriesZenodo, ZENODO_FILE, zenodoMetadata } from "./zenodo.ts";

const utf8 = new TextEncoder();

/**
 * Every file of a release, name → bytes: each table as CSV, as CSV for
 * French-locale Excel and as JSON, the datapackage.json, from 2.0.0 on a
 * README.md, LICENSE and CITATION.cff, from 2.1.0 on a .zenodo.json, and
 * SHA256SUMS over all of them. Pure: the same dataset and meta give the same bytes.
 */
export function buildReleaseFiles(dataset: Dataset, meta: ReleaseMeta): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  // Written in the layout of the version: the current one for every new
  // release; 1.x only when a published 1.x is rebuilt from its own tables.
  const layout = layoutOf(meta.version);
  for (const name of layout.tables) {
    const rows = dataset[name] as unknown as Record<string, unknown>[];
    files.set(`${name}.csv`, utf8.encode(toCsv(name, rows, layout)));
    files.set(`${name}.json`, utf8.encode(toJson(name, rows, layout)));
    files.set(`${name}-excel-fr.csv`, utf8.encode(toExcelCsv(name, rows, layout)));
  }
  const pkg = buildDatapackage(dataset, meta, files, layout);
  files.set("datapackage.json", utf8.encode(JSON.stringify(pkg, null, 2) + "\n"));
  // From 2.0.0 on, a release folder stands alone (issue 16): what it holds,
  // its licence and how to cite it travel with it, into its zip too.
  if (layout.id >= 2) {
    files.set("README.md", utf8.encode(releaseReadme(meta, layout)));
    files.set("LICENSE", utf8.encode(licenceText()));
    files.set("CITATION.cff", utf8.encode(releaseCitation(meta, layout)));
  }
  // From 2.1.0 on (issue 28), the metadata an archive reads, so that
  // depositing the zip on Zenodo gives it a DOI without retyping.
  if (carriesZenodo(meta.version)) {
    const zenodo = zenodoMetadata(dataset, meta, meta.archive);
    files.set(ZENODO_FILE, utf8.encode(JSON.stringify(zenodo, null, 2) + "\n"));
  }
  files.set(SUMS_FILE, utf8.encode(formatSums(files)));
  return files;
}
