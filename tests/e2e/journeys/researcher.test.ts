import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useServedSite } from "../helpers/site-session.ts";
import { parseSums } from "../../../src/lib/release/checksums.ts";
import { latestRelease } from "../../../src/lib/release/releases.ts";
import { DIST } from "../../helpers/dist.ts";
import { newContext, watchPage, watchProblems } from "../../../scripts/lib/browser.ts";

const release = latestRelease();
const FILE = "observations.csv";

const site = useServedSite();

describe("researcher: data page → a release's page → its CSV → its SHA-256 matches the one shown", () => {
  it(`downloads ${FILE} of release ${release.version} and checks it`, async () => {
    const context = await newContext(site.browser, { acceptDownloads: true });
    const page = await context.newPage();
    const watch = watchPage(page, site.server.origin);
    try {
      await page.goto(`${site.server.url}fr/`);
      await page.locator('header a[href$="/fr/donnees/"]').first().click();
      await page.waitForURL("**/fr/donnees/");

      // The data page offers the file at once; its release's page lists it
      // with every other file, its size and its SHA-256.
      const offered = page.locator(`main a[href$="/data/${release.version}/${FILE}"]`).first();
      expect(await offered.isVisible(), `a visible link to /data/${release.version}/${FILE}`).toBe(
        true,
      );
      await page.locator(`main a[href$="/fr/donnees/${release.version}/"]`).first().click();
      await page.waitForURL(`**/fr/donnees/${release.version}/`);

      const link = page.locator(`main table.files a[href$="/data/${release.version}/${FILE}"]`);
      expect(await link.isVisible(), `the file's row on the page of ${release.version}`).toBe(true);

      // The SHA-256 the page shows for that file: the first element holding
      // just a SHA-256 in the smallest block around the link (its row, its item).
      const shown = await link.evaluate((a) => {
        const isSum = (e: Element) => /^[0-9a-f]{64}$/.test((e.textContent ?? "").trim());
        for (let el: Element | null = a; el && el.localName !== "main"; el = el.parentElement) {
          const sum = [...el.querySelectorAll("*")].find(isSum);
          if (sum) return (sum.textContent ?? "").trim();
        }
        return undefined;
      });
      expect(shown, `a SHA-256 shown beside the link to ${FILE}`).toBeDefined();

      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const bytes = readFileSync((await download.path()) as string);
      const actual = createHash("sha256").update(bytes).digest("hex");

      expect(actual, "SHA-256 of the downloaded file").toBe(shown);
      expect(actual, "…and the one in the release's SHA256SUMS").toBe(
        parseSums(readFileSync(join(DIST, "data", release.version, "SHA256SUMS"), "utf8")).get(
          FILE,
        ),
      );
      expect(bytes.equals(readFileSync(join(release.dir, FILE))), "the published bytes").toBe(true);
      expect(watchProblems(watch)).toBe("");
    } finally {
      await context.close();
    }
  });
});
