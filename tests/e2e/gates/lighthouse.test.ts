import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { built } from "../../helpers/injected-builds.ts";
import {
  runLighthouse,
  withDebuggableChromium,
  type Category,
} from "../../../scripts/lib/lighthouse.ts";
import { pageOfEachKind, sitePages, type PageKind } from "../../../scripts/lib/site-pages.ts";

// On the production-like build (sub-path, SITE_URL = the origin it is
// served from, so canonical and hreflang URLs are absolute and on-site).
// The pages the issue names, found in the build (whichever exist): one
// Lighthouse run each, about 7 s on two cores, so the gate stays cheap.
const { dist, base, url } = built("subPath");
const KINDS: PageKind[] = ["home", "chart", "timeline", "data", "embed"];
const CATEGORIES: Category[] = ["accessibility", "best-practices", "seo"];
const chosen = pageOfEachKind(sitePages(dist, base).all);
const targets = KINDS.flatMap((kind) => {
  const page = chosen.get(kind);
  return page ? [[kind, page] as const] : [];
});

let chromiumPort: number;
let release: () => void;
let stopped: Promise<void>;

beforeAll(async () => {
  // One Chromium for every run, kept open until afterAll.
  await new Promise<void>((ready, fail) => {
    stopped = withDebuggableChromium(
      (p) =>
        new Promise<void>((resolve) => {
          chromiumPort = p;
          release = resolve;
          ready();
        }),
    );
    stopped.catch(fail); // Chromium did not start: fail now, not at the hook timeout
  });
});

afterAll(async () => {
  release?.();
  await stopped;
});

describe("Lighthouse: accessibility, best practices and SEO at 100", () => {
  it("finds at least the home page to audit", () => {
    expect(targets.map(([kind]) => kind)).toContain("home");
  });

  it.each(targets)("%s page (%s)", async (_kind, page) => {
    const run = await runLighthouse(url + page.slice(1), chromiumPort, CATEGORIES);
    const below = CATEGORIES.filter((c) => run.scores[c] !== 100).map(
      (c) => `${page} ${c} ${run.scores[c]}: ${(run.failing[c] ?? []).join("; ")}`,
    );
    expect(below.join("\n")).toBe("");
  });
});
