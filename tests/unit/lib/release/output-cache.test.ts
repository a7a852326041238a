import { describe, expect, it } from "vitest";
import {
  outputEnvironment,
  releaseOutputKey,
  releaseOutputs,
  reusedReleases,
} from "../../../../src/lib/release/output-cache.ts";

const parts = {
  code: "c0de",
  version: "2.2.0",
  sums: "abc  data.csv\n",
  env: [["SITE_URL", "https://example.org/"]] as [string, string][],
};

describe("releaseOutputKey", () => {
  it("is the same for the same parts", () => {
    expect(releaseOutputKey(parts)).toBe(releaseOutputKey({ ...parts }));
    expect(releaseOutputKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with the code, the version, any byte of the checksums or the environment", () => {
    const key = releaseOutputKey(parts);
    expect(releaseOutputKey({ ...parts, code: "c0dE" })).not.toBe(key);
    expect(releaseOutputKey({ ...parts, version: "2.2.1" })).not.toBe(key);
    expect(releaseOutputKey({ ...parts, sums: "abd  data.csv\n" })).not.toBe(key);
    expect(releaseOutputKey({ ...parts, env: [["SITE_URL", "https://example.com/"]] })).not.toBe(
      key,
    );
    expect(releaseOutputKey({ ...parts, env: [] })).not.toBe(key);
  });

  it("cannot be fooled by moving text from one part to the next", () => {
    expect(releaseOutputKey({ ...parts, code: "ab", version: "c" })).not.toBe(
      releaseOutputKey({ ...parts, code: "a", version: "bc" }),
    );
  });
});

describe("outputEnvironment", () => {
  it("keeps the settings pages read, sorted, and nothing else", () => {
    expect(
      outputEnvironment({
        SITE_URL: "https://example.org/",
        PATH: "/usr/bin",
        DATASET_DOI_2_1_0: "10.5281/zenodo.1",
        BASE_PATH: "/tp/",
        TP_RELEASES_DIR: "/tmp/releases",
        CONTACT_EMAIL: "a@example.org",
      }),
    ).toEqual([
      ["BASE_PATH", "/tp/"],
      ["CONTACT_EMAIL", "a@example.org"],
      ["DATASET_DOI_2_1_0", "10.5281/zenodo.1"],
      ["SITE_URL", "https://example.org/"],
    ]);
  });
});

describe("releaseOutputs", () => {
  it("is the release's embeds, its files and its zip, not its page", () => {
    expect(releaseOutputs("1.0.0", ["SHA256SUMS", "sites.csv"])).toEqual({
      folders: ["embed/1.0.0"],
      files: [
        "data/1.0.0/SHA256SUMS",
        "data/1.0.0/sites.csv",
        "data/technopark-en-chiffres-1.0.0.zip",
      ],
    });
  });
});

describe("reusedReleases", () => {
  it("reads the versions the build reuses, none when unset", () => {
    expect([...reusedReleases({ TP_REUSED_RELEASES: '["1.0.0","1.1.0"]' })]).toEqual([
      "1.0.0",
      "1.1.0",
    ]);
    expect(reusedReleases({}).size).toBe(0);
  });
});
