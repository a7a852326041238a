import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { datasetDoi, doiVariable } from "../../../../src/lib/release/doi.ts";
import { buildReleaseFiles } from "../../../../src/lib/release/release-files.ts";
import { latestRelease, loadRelease } from "../../../../src/lib/release/releases.ts";
import { archiveLinksFromEnv, ZENODO_FILE } from "../../../../src/lib/release/zenodo.ts";

const schema = JSON.parse(
  readFileSync("tests/data/zenodo/deposit-metadata.schema.json", "utf8"),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const errors = (x: unknown) =>
  validate(x) ? "" : ajv.errorsText(validate.errors, { separator: "\n" });

const dataset = loadRelease(latestRelease());
const meta = { version: "2.1.0", date: "2026-12-20", note: "New metrics & positions <of parks>." };
const zenodoOf = (files: Map<string, Uint8Array>) => {
  const bytes = files.get(ZENODO_FILE);
  return bytes
    ? (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>)
    : undefined;
};

describe(".zenodo.json of a release", () => {
  it("is written from 2.1.0 on, listed in SHA256SUMS, and meets Zenodo's deposit metadata", () => {
    const files = buildReleaseFiles(dataset, {
      ...meta,
      archive: {
        releaseUrl: "https://example.org/data/2.1.0/",
        previousDoi: "10.5281/zenodo.123",
      },
    });
    const z = zenodoOf(files);
    expect(errors(z)).toBe("");
    expect(z).toMatchObject({
      upload_type: "dataset",
      title: "Technopark en chiffres 2.1.0",
      version: "2.1.0",
      publication_date: "2026-12-20",
      license: "cc-by-4.0",
      creators: [{ name: "Équipe Technopark en chiffres" }],
      related_identifiers: [
        { identifier: "https://example.org/data/2.1.0/", relation: "isIdenticalTo" },
        { identifier: "10.5281/zenodo.123", relation: "isNewVersionOf", scheme: "doi" },
      ],
    });
    expect(z?.description).toContain("<p>New metrics &amp; positions &lt;of parks&gt;.</p>");
    expect((z?.references as string[]).length).toBe(dataset.sources.length);
    expect(new TextDecoder().decode(files.get("SHA256SUMS"))).toMatch(/ {2}\.zenodo\.json\n/);
  });

  it("names no release page or previous version it was not given", () => {
    const z = zenodoOf(buildReleaseFiles(dataset, meta));
    expect(errors(z)).toBe("");
    expect(z).not.toHaveProperty("related_identifiers");
  });

  it("is not written for 2.0.x and older, which stay as published", () => {
    expect(zenodoOf(buildReleaseFiles(dataset, { ...meta, version: "2.0.1" }))).toBeUndefined();
  });

  it("fails the schema when a required field is missing or a relation unknown (the check speaks)", () => {
    const z = zenodoOf(buildReleaseFiles(dataset, meta)) ?? {};
    const noCreators = { ...z };
    delete noCreators.creators;
    expect(errors(noCreators)).toContain("must have required property 'creators'");
    expect(
      errors({ ...z, related_identifiers: [{ identifier: "x", relation: "isReleasePageOf" }] }),
    ).toContain("must be equal to one of the allowed values");
  });
});

describe("archiveLinksFromEnv(env, version, previous)", () => {
  it("takes the release page from SITE_URL and BASE_PATH, the previous DOI from its variable", () => {
    expect(
      archiveLinksFromEnv(
        {
          SITE_URL: "https://example.org",
          BASE_PATH: "/tp/",
          DATASET_DOI_2_0_0: "10.5281/zenodo.42",
        },
        "2.1.0",
        "2.0.0",
      ),
    ).toEqual({
      releaseUrl: "https://example.org/tp/data/2.1.0/",
      previousDoi: "10.5281/zenodo.42",
    });
    expect(archiveLinksFromEnv({}, "2.1.0", "2.0.0")).toEqual({});
  });

  it("names the page where the site builds it: SITE_URL's origin, then BASE_PATH", () => {
    // GitHub Pages gives the origin as SITE_URL and the sub-path as BASE_PATH
    // (.github/workflows/pages.yml); the site's pages are at origin + base.
    const url = (env: Record<string, string>) => archiveLinksFromEnv(env, "2.1.0").releaseUrl;
    expect(url({ SITE_URL: "https://me.github.io", BASE_PATH: "/technopark-en-chiffres/" })).toBe(
      "https://me.github.io/technopark-en-chiffres/data/2.1.0/",
    );
    expect(url({ SITE_URL: "https://me.github.io/", BASE_PATH: "technopark" })).toBe(
      "https://me.github.io/technopark/data/2.1.0/",
    );
    expect(url({ SITE_URL: "https://example.org/" })).toBe("https://example.org/data/2.1.0/");
    expect(url({ SITE_URL: "https://example.org/tp", BASE_PATH: "/" })).toBe(
      "https://example.org/data/2.1.0/",
    );
  });
});

describe("datasetDoi(version, env)", () => {
  it("reads DATASET_DOI_<version> and refuses what is not a DOI", () => {
    expect(doiVariable("2.1.0")).toBe("DATASET_DOI_2_1_0");
    expect(datasetDoi("2.1.0", { DATASET_DOI_2_1_0: " 10.5281/zenodo.123 " })).toBe(
      "10.5281/zenodo.123",
    );
    expect(datasetDoi("2.1.0", { DATASET_DOI_2_0_0: "10.5281/zenodo.1" })).toBeUndefined();
    expect(() =>
      datasetDoi("2.1.0", { DATASET_DOI_2_1_0: "https://doi.org/10.5281/zenodo.1" }),
    ).toThrow(
      'DATASET_DOI_2_1_0 "https://doi.org/10.5281/zenodo.1" is not a DOI: give it as 10.<registrant>/<suffix>, e.g. 10.5281/zenodo.123',
    );
  });
});
