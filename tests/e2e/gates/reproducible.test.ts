import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { built } from "../../helpers/injected-builds.ts";
import { DIST } from "../../helpers/dist.ts";
import { filesUnder } from "../../../scripts/lib/site-pages.ts";

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
