import { carriesZenodo } from "../../../../src/lib/release/zenodo.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseSums, sha256 } from "../../../../src/lib/release/checksums.ts";
import { allFiles, catalogRelease, releaseZip } from "../../../../src/lib/release/data-catalog.ts";
import { listReleases } from "../../../../src/lib/release/releases.ts";

/**
 * The digest of each release's SHA256SUMS, which lists every other file's
 * digest: a published release never changes, so neither may these.
 */
const PINNED: Record<string, string> = {
  "1.0.0": "47917969bca9b08921a07aa2a471b59cfd8a3930e59fa335b8187bd78a91a218",
  "1.1.0": "22b08651dfbf8b32905fb978e3bbf87e4cca5748ad832205a4500d9998fd436d",
};

describe("published releases stay as published", () => {
  it.each(Object.entries(PINNED))("release %s keeps its SHA256SUMS", (version, digest) => {
    expect(sha256(readFileSync(join("data/releases", version, "SHA256SUMS")))).toBe(digest);
  });
});

describe("catalogRelease(release)", () => {
  it.each(listReleases().map((r) => [r.version, r]))(
    "lists every file of %s with the size and SHA-256 of its bytes, agreeing with SHA256SUMS",
    (version, r) => {
      const c = catalogRelease(r);
      const sums = parseSums(readFileSync(join(r.dir, "SHA256SUMS"), "utf8"));
      const files = allFiles(c);
      expect(files.map((f) => f.name).sort()).toEqual(
        [...r.files, `technopark-en-chiffres-${version}.zip`].sort(),
      );
      for (const f of files.filter((x) => x.format !== "zip")) {
        const bytes = readFileSync(join(r.dir, f.name));
        expect(f.path).toBe(`data/${version}/${f.name}`);
        expect(f.bytes).toBe(bytes.length);
        expect(f.sha256).toBe(sha256(bytes));
        if (f.name !== "SHA256SUMS") expect(f.sha256, f.name).toBe(sums.get(f.name));
      }
      // Five tables in 1.x, six (corrections) from 2.0.0 on, which also
      // carries its README, licence and citation, seven (places) from 2.2.0.
      const [major = 0, minor = 0] = version.split(".").map(Number);
      expect(c.tables.map((t) => t.files.map((f) => f.format))).toEqual(
        Array(major < 2 ? 5 : major === 2 && minor < 2 ? 6 : 7).fill(["csv", "excel-csv", "json"]),
      );
      expect(c.documents.map((f) => f.name)).toEqual([
        ...(major < 2 ? [] : ["README.md", "LICENSE", "CITATION.cff"]),
        ...(carriesZenodo(version) ? [".zenodo.json"] : []),
      ]);
      expect(c.zip).toMatchObject({ path: `data/technopark-en-chiffres-${version}.zip` });
      expect(c.zip.sha256).toBe(sha256(releaseZip(r)));
    },
  );

  it("zips exactly the release's files", () => {
    const r = listReleases().find((x) => x.version === "1.1.0");
    if (!r) throw new Error("no 1.1.0");
    const unzipped = unzipSync(releaseZip(r));
    expect(
      Object.keys(unzipped)
        .map((k) => k.split("/")[1])
        .sort(),
    ).toEqual([...r.files].sort());
    for (const f of r.files)
      expect(
        Buffer.from(unzipped[`technopark-en-chiffres-1.1.0/${f}`] as Uint8Array).equals(
          readFileSync(join(r.dir, f)),
        ),
        f,
      ).toBe(true);
  });
});
