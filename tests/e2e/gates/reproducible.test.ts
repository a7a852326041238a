import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { built } from "../../helpers/injected-builds.ts";
import { DIST } from "../../helpers/dist.ts";
import { filesUnder } from "../../../scripts/lib/site-pages.ts";
import { releaseOutputs } from "../../../src/lib/release/output-cache.ts";
import { listReleases } from "../../../src/lib/release/releases.ts";
import { fixtureReport } from "../../helpers/site-builds.ts";
import { FIXTURE_VERSION } from "../helpers/fixture-release.ts";

// Anyone can rebuild a commit and check the published files: no build
// date, counter or random id may leak into the output. (With
// SKIP_SITE_BUILD=1, DIST is an older build and may rightly differ.)
const again = built("again");

/** Where two buffers first differ, with a little context from each. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) =>
    JSON.stringify(buf.subarray(Math.max(0, i - 30), i + 50).toString("utf8"));
  return `byte ${i}: ${show(a)} vs ${show(b)}`;
}

describe("two builds of the same sources", () => {
  it("produce the same files", () => {
    expect(filesUnder(again)).toEqual(filesUnder(DIST));
  });

  it("produce byte-identical files", () => {
    const rebuilt = new Set(filesUnder(again));
    const differing = filesUnder(DIST)
      .filter((f) => rebuilt.has(f))
      .flatMap((f) => {
        const a = readFileSync(join(DIST, f));
        const b = readFileSync(join(again, f));
        return a.equals(b) ? [] : [`${f} differs at ${firstDifference(a, b)}`];
      });
    expect(differing.join("\n")).toBe("");
  });
});

// The fixture build comes after DIST and reuses the real releases' embeds,
// files and zips that DIST kept (release-cache.ts) instead of drawing them:
// what it copies in must be what a build that draws them writes.
describe("a build that reuses the releases an earlier build kept", () => {
  const fixture = built("fixture");
  const real = listReleases();

  it.skipIf(process.env.SKIP_SITE_BUILD === "1")(
    "reuses every real release and draws the new one",
    () => {
      const report = JSON.parse(readFileSync(fixtureReport(fixture), "utf8")) as unknown;
      expect(report).toEqual({ reused: real.map((r) => r.version), built: [FIXTURE_VERSION] });
    },
  );

  it("holds byte for byte the outputs DIST drew for them", () => {
    const differing: string[] = [];
    let compared = 0;
    for (const release of real) {
      const { folders, files } = releaseOutputs(release.version, release.files);
      const paths = [
        ...files,
        ...folders.flatMap((folder) => filesUnder(join(DIST, folder)).map((f) => join(folder, f))),
      ];
      for (const path of paths) {
        compared++;
        const a = readFileSync(join(DIST, path));
        const b = readFileSync(join(fixture, path));
        if (!a.equals(b)) differing.push(`${path} differs at ${firstDifference(a, b)}`);
      }
    }
    expect(differing.join("\n")).toBe("");
    // The five real releases' embeds (3 themes × 3 languages × their charts), files and zips.
    expect(compared).toBeGreaterThan(500);
  });
});
