import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cutRelease } from "../../../src/lib/release/cut-release.ts";
import { formatNumber } from "../../../src/lib/format/format.ts";
import { listReleases } from "../../../src/lib/release/releases.ts";
import { launchChromium, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";
import { astroBuild } from "../../../scripts/lib/build-site.ts";
import { serveStatic, type Served } from "../../../scripts/lib/static-server.ts";

// A fixture release above every real one, in which the 2016 network jobs
// figure changes from 2000 to 2100: an embed pinned to the first release
// must keep 2000, the latest one must show 2100.
const JOBS_ROW = ",2016,2000,people,exact,h24info-2016,emploient 2.000 salariés,";
const FIXTURE_VERSION = "99.0.0";
const first = listReleases()[0]?.version ?? "1.0.0";

function fixtureReleases(root: string): string {
  const releases = join(root, "releases");
  cpSync("data/releases", releases, { recursive: true });
  const data = join(root, "data");
  cpSync("data", data, { recursive: true, filter: (src) => !src.includes("releases") });
  const obs = join(data, "observations.csv");
  const csv = readFileSync(obs, "utf8");
  if (!csv.includes(JOBS_ROW)) throw new Error("fixture: the 2016 jobs row changed");
  writeFileSync(
    obs,
    csv.replace(JOBS_ROW, ",2016,2100,people,exact,h24info-2016,emploient 2.100 salariés,"),
  );
  cutRelease({
    version: FIXTURE_VERSION,
    note: "Fixture: a later release that changes a figure.",
    date: "2030-01-01",
    dataDir: data,
    releasesDir: releases,
    changelog: join(root, "CHANGELOG.md"),
  });
  return releases;
}

function hostPage(site: string): string {
  const frame = (path: string, slug: string) =>
    `<iframe src="${site}${path}" title="${slug}" data-technopark-chart="${slug}" width="100%" height="150" style="border:0;width:100%"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Press release</title></head><body>
<h1>Press release</h1>
${frame(`embed/${first}/fr/emplois/`, "emplois")}
<p>Between the charts.</p>
${frame("embed/latest/fr/emplois/", "emplois")}
<script src="${site}embed/v1/autoheight.js" async></script>
</body></html>`;
}

describe("embeds on another site", () => {
  let browser: Browser;
  let site: Served;
  let host: Served;
  let page: Page;
  let problems = "";

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "tp-embeds-"));
    const out = join(root, "dist");
    astroBuild(out, { TP_RELEASES_DIR: fixtureReleases(root) });
    site = await serveStatic(out);
    host = await serveStatic(undefined, { pages: { "/": hostPage(site.url) } });
    browser = await launchChromium();
    page = await browser.newPage();
    const watch = watchPage(page, host.origin, [site.origin]);
    await page.goto(host.url);
    await page.waitForLoadState("load");
    // Let each frame report its height and the host apply it.
    await page.waitForFunction(() =>
      [...document.querySelectorAll("iframe")].every((f) => f.getBoundingClientRect().height > 150),
    );
    problems = watchProblems(watch);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  const frameAt = (path: string): Frame => {
    const f = page.frames().find((x) => x.url().endsWith(path));
    if (!f) throw new Error(`no frame ${path}`);
    return f;
  };

  it("render both charts, with nothing failing or fetched from elsewhere", async () => {
    expect(problems).toBe("");
    for (const path of [`embed/${first}/fr/emplois/`, "embed/latest/fr/emplois/"]) {
      const f = frameAt(path);
      expect(await f.locator("h1").textContent()).toBe("Emplois");
      expect(await f.locator("svg[role=img]").count()).toBeGreaterThan(0);
    }
  });

  it("size each iframe to its content", async () => {
    for (const path of [`embed/${first}/fr/emplois/`, "embed/latest/fr/emplois/"]) {
      // The frame is cross-origin: measure its content from inside it.
      const content = await frameAt(path).evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      const element = await frameAt(path).frameElement();
      const frame = Math.round((await element.boundingBox())?.height ?? -1);
      expect(content).toBeGreaterThan(150);
      expect(Math.abs(frame - content), path).toBeLessThanOrEqual(1);
    }
  });

  it("keep a pinned embed on its release's figures after a later release", async () => {
    const old = formatNumber(2000, "fr");
    const changed = formatNumber(2100, "fr");
    const pinned = await frameAt(`embed/${first}/fr/emplois/`).locator("main").textContent();
    const latest = await frameAt("embed/latest/fr/emplois/").locator("main").textContent();
    expect(pinned).toContain(old);
    expect(pinned).not.toContain(changed);
    expect(pinned).toContain(`v${first}`);
    expect(latest).toContain(changed);
    expect(latest).toContain(`v${FIXTURE_VERSION}`);
  });

  it("ignore resize messages that do not come from our iframes", async () => {
    const before = await page.$$eval("iframe", (fs) => fs.map((f) => f.style.height));
    await page.evaluate(() => {
      window.postMessage({ source: "technopark-en-chiffres", type: "resize", height: 12 }, "*");
    });
    await page.waitForTimeout(200);
    expect(await page.$$eval("iframe", (fs) => fs.map((f) => f.style.height))).toEqual(before);
  });

  it("show the chart at its fixed height without the host script", async () => {
    const bare = await browser.newPage();
    await bare.setContent(hostPage(site.url).replace(/<script[^>]*><\/script>/, ""));
    await bare.waitForTimeout(500);
    expect(
      await bare.$$eval("iframe", (fs) => fs.map((f) => f.getBoundingClientRect().height)),
    ).toEqual([150, 150]);
    await bare.close();
  });
});
