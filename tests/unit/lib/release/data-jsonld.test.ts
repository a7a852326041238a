import { describe, expect, it } from "vitest";
import { catalogRelease } from "../../../../src/lib/release/data-catalog.ts";
import {
  datasetJsonLd,
  jsonLdScript,
  temporalCoverage,
} from "../../../../src/lib/release/data-jsonld.ts";
import { listReleases, loadRelease } from "../../../../src/lib/release/releases.ts";

/** A fixed release (1.1.0, immutable), so no new release moves the expectations. */
const release110 = () => {
  const r = listReleases().find((x) => x.version === "1.1.0");
  if (!r) throw new Error("no 1.1.0");
  return r;
};

describe("datasetJsonLd", () => {
  const release = release110();
  const dataset = loadRelease(release);
  const ld = datasetJsonLd({
    lang: "en",
    country: "Morocco",
    description: "A description of at least fifty characters, as Google asks.",
    pageUrl: "https://example.org/en/donnees/",
    homeUrl: "https://example.org/en/",
    toUrl: (p) => `https://example.org/${p}`,
    latest: catalogRelease(release),
    dataset,
    firstPublished: "2026-11-24",
  });

  it("describes a release as a schema.org Dataset with licence, version and creator", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      version: release.version,
      license: "https://creativecommons.org/licenses/by/4.0/",
      creator: { "@type": "Organization", name: "Équipe Technopark en chiffres" },
      temporalCoverage: "2001/2016",
      spatialCoverage: { "@type": "Place", name: "Morocco" },
    });
  });

  it("offers every published file, with its address and SHA-256", () => {
    const dist = ld.distribution as {
      contentUrl: string;
      encodingFormat: string;
      sha256: string;
    }[];
    expect(dist).toHaveLength(release.files.length + 1);
    expect(dist.map((d) => d.contentUrl)).toContain(
      `https://example.org/data/${release.version}/observations.csv`,
    );
    expect(dist.find((d) => d.encodingFormat === "application/zip")?.contentUrl).toBe(
      `https://example.org/data/technopark-en-chiffres-${release.version}.zip`,
    );
    for (const d of dist) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("names every site, metric and source", () => {
    expect((ld.spatialCoverage as { containsPlace: unknown[] }).containsPlace).toHaveLength(
      dataset.sites.length,
    );
    expect(ld.variableMeasured).toHaveLength(dataset.metrics.length);
    expect(ld.isBasedOn).toHaveLength(dataset.sources.length);
  });
});

describe("temporalCoverage and jsonLdScript", () => {
  it("spans observations and both ends of interval events", () => {
    const d = loadRelease(release110());
    expect(temporalCoverage({ ...d, observations: [], events: d.events.slice(1, 2) })).toBe(
      "2011/2012",
    );
  });

  it("escapes < so no text can close the script element", () => {
    expect(jsonLdScript({ a: "</script><b>" })).not.toContain("<");
    expect(JSON.parse(jsonLdScript({ a: "</script>" }))).toEqual({ a: "</script>" });
  });
});
