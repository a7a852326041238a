import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { catalogRelease } from "../../../../src/lib/release/data-catalog.ts";
import { dcatCatalog, type DcatRelease } from "../../../../src/lib/release/dcat.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";

const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const SPDX = "http://spdx.org/rdf/terms#";
const OWL = "http://www.w3.org/2002/07/owl#";
const SITE = "https://example.org/tec/";

const releases: DcatRelease[] = listReleases()
  .filter((r) => ["1.0.0", "1.1.0"].includes(r.version))
  .map((r) => ({ catalog: catalogRelease(r), dataset: loadRelease(r) }));

const doc = dcatCatalog({
  catalogUrl: `${SITE}data/catalog.jsonld`,
  homeUrl: SITE,
  dataPageUrl: { fr: `${SITE}fr/donnees/`, en: `${SITE}en/donnees/`, ar: `${SITE}ar/donnees/` },
  contactUrl: `${SITE}fr/a-propos/`,
  description: { fr: "Chiffres", en: "Figures", ar: "أرقام" },
  toUrl: (path) => SITE + path,
  releases,
});

type Node = Record<string, unknown[] | string | undefined> & { "@id"?: string; "@type"?: string[] };

/** The document expanded and flattened by a JSON-LD processor, offline: one node per subject. */
async function nodes(): Promise<Map<string, Node>> {
  // Without a context to compact to, flattening gives the node list itself.
  // (@types/jsonld lags jsonld 9: the loader's type is its older callback form.)
  const flatten = jsonld.flatten as unknown as (
    doc: object,
    ctx: null,
    options: object,
  ) => Promise<Node[]>;
  const flat = await flatten(doc, null, {
    documentLoader: (url: string) => Promise.reject(new Error(`no network: ${url}`)),
  });
  return new Map(flat.map((n) => [String(n["@id"]), n]));
}
const values = (n: Node | undefined, p: string) =>
  ((n?.[p] ?? []) as { "@value"?: string; "@id"?: string }[]).map((v) => v["@value"] ?? v["@id"]);

describe("DCAT catalogue (JSON-LD)", () => {
  it("expands to one catalogue, the dataset and one dataset per release", async () => {
    const graph = await nodes();
    const ofType = (t: string) =>
      [...graph.values()].filter((n) => n["@type"]?.includes(t)).map((n) => n["@id"]);
    expect(ofType(`${DCAT}Catalog`)).toEqual([`${SITE}data/catalog.jsonld`]);
    expect(ofType(`${DCAT}Dataset`).sort()).toEqual(
      [`${SITE}data/1.0.0/`, `${SITE}data/1.1.0/`, `${SITE}data/catalog.jsonld#dataset`].sort(),
    );
    const series = graph.get(`${SITE}data/catalog.jsonld#dataset`);
    expect(values(series, `${OWL}versionInfo`)).toEqual(["1.1.0"]);
    expect(values(series, `${DCT}hasVersion`).sort()).toEqual([
      `${SITE}data/1.0.0/`,
      `${SITE}data/1.1.0/`,
    ]);
    expect(values(graph.get(`${SITE}data/1.0.0/`), `${DCT}isVersionOf`)).toEqual([
      `${SITE}data/catalog.jsonld#dataset`,
    ]);
  });

  it("describes each release with its coverage, licence and files", async () => {
    const graph = await nodes();
    const v1 = graph.get(`${SITE}data/1.0.0/`);
    expect(values(v1, `${DCT}issued`)).toEqual(["2026-11-24"]);
    expect(values(v1, `${DCT}license`)).toEqual(["https://creativecommons.org/licenses/by/4.0/"]);
    expect(values(v1, `${DCT}spatial`)).toEqual([
      "http://publications.europa.eu/resource/authority/country/MAR",
    ]);
    const temporal = graph.get(String(values(v1, `${DCT}temporal`)[0]));
    expect([values(temporal, `${DCAT}startDate`), values(temporal, `${DCAT}endDate`)]).toEqual([
      ["2001"],
      ["2016"],
    ]);
    // 5 tables × (CSV, Excel CSV, JSON), the data package and the zip; SHA256SUMS is not a distribution.
    expect(values(v1, `${DCAT}distribution`)).toHaveLength(17);
  });

  it("gives each file its media type, size and SHA-256 as published", async () => {
    const graph = await nodes();
    const csv = graph.get(`${SITE}data/1.0.0/observations.csv`);
    expect(values(csv, `${DCAT}mediaType`)).toEqual([
      "https://www.iana.org/assignments/media-types/text/csv",
    ]);
    expect(values(csv, `${DCT}format`)).toEqual([
      "http://publications.europa.eu/resource/authority/file-type/CSV",
    ]);
    // Pinned from data/releases/1.0.0 (stat -c %s, and its SHA256SUMS).
    expect(values(csv, `${DCAT}byteSize`)).toEqual(["3066"]);
    const checksum = graph.get(String(values(csv, `${SPDX}checksum`)[0]));
    expect(values(checksum, `${SPDX}algorithm`)).toEqual([`${SPDX}checksumAlgorithm_sha256`]);
    expect(values(checksum, `${SPDX}checksumValue`)).toEqual([
      "dbd0872c2f3829391dcf3e17671fc72eac84891dcd3cb8200a5f5664ef103c84",
    ]);
    expect(
      values(graph.get(`${SITE}data/technopark-en-chiffres-1.0.0.zip`), `${DCAT}mediaType`),
    ).toEqual(["https://www.iana.org/assignments/media-types/application/zip"]);
  });
});
