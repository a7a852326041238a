import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROME_FLAGS, CHROME_PATH } from "./browser.ts";

/**
 * Runs `fn` with the machine's Chromium listening for DevTools on a free
 * port (what Lighthouse drives), then stops that Chromium by its pid.
 */
export async function withDebuggableChromium<T>(fn: (port: number) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), "lh-chromium-"));
  const child = spawn(
    CHROME_PATH,
    [...CHROME_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    // Its own process group, so that its helper processes are stopped with it.
    { stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = "";
      const timer = setTimeout(
        () => reject(new Error(`Chromium gave no DevTools port:\n${err}`)),
        30_000,
      );
      child.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString();
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on("exit", (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
    });
    return await fn(port);
  } finally {
    await stopGroup(child);
    // Once every Chromium process is gone, nothing writes in the profile.
    // (Stopping the browser process alone left helpers writing its disk
    // cache: the removal then failed with ENOTEMPTY through every retry,
    // Node waiting 250 ms × 1…20 between them, 52 s, in two of four
    // clean-clone CI runs.)
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    } catch (e) {
      console.warn(`could not remove Lighthouse's Chromium profile ${profile}: ${String(e)}`);
    }
  }
}

/** True while any process of the group `pgid` is left (zombies included). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a detached child and every process of its group: SIGTERM, then
 * SIGKILL for what is left after 5 s; waits (10 s at most) until none is.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pgid, sig);
    } catch {
      // the group is already gone
    }
  };
  const gone = async (ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end;)
      if (groupAlive(pgid)) await new Promise((r) => setTimeout(r, 100));
      else return true;
    return !groupAlive(pgid);
  };
  signal("SIGTERM");
  if (await gone(5000)) return;
  signal("SIGKILL");
  await gone(10_000);
}

export type Category = "performance" | "accessibility" | "best-practices" | "seo";

export interface LighthouseRun {
  url: string;
  /** 0–100 per category (null when Lighthouse could not score it). */
  scores: Partial<Record<Category, number | null>>;
  /** Per category, the audits that lost points: "id: title (score)". */
  failing: Partial<Record<Category, string[]>>;
  /** Largest contentful paint and total blocking time, in ms (performance runs). */
  lcpMs?: number | undefined;
  tbtMs?: number | undefined;
}

/**
 * Lighthouse's settings when no performance is measured: the page is audited
 * once it has loaded and been quiet for half a second, with no full-page
 * screenshot. Its defaults wait a second after first paint, after load, for
 * a quiet network and for an idle CPU, and with `throttlingMethod:
 * "provided"` five seconds each (config.js, overrideThrottlingWindows):
 * 20 s a page, where 7 s do. Its simulated throttling is applied to the
 * performance metrics only, after the run, so it costs nothing here.
 */
const AUDIT_ONLY = {
  pauseAfterFcpMs: 0,
  pauseAfterLoadMs: 0,
  networkQuietThresholdMs: 500,
  cpuQuietThresholdMs: 500,
};

/**
 * One Lighthouse run on `url` through Chromium at `port`, with mobile
 * emulation and simulated throttling (Lighthouse's defaults); without the
 * performance category, with the shorter waits of AUDIT_ONLY.
 */
export async function runLighthouse(
  url: string,
  port: number,
  categories: Category[],
): Promise<LighthouseRun> {
  const auditOnly = !categories.includes("performance");
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
      disableFullPageScreenshot: auditOnly,
    },
    auditOnly ? { extends: "lighthouse:default", settings: AUDIT_ONLY } : undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const run: LighthouseRun = { url, scores: {}, failing: {} };
  for (const cat of categories) {
    const c = lhr.categories[cat];
    run.scores[cat] = c?.score === null || c === undefined ? null : Math.round(c.score * 100);
    run.failing[cat] = (c?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a !== undefined && a.score !== null && a.score < 1)
      .map((a) => `${a?.id}: ${a?.title} (${a?.score})`);
  }
  run.lcpMs = lhr.audits["largest-contentful-paint"]?.numericValue;
  run.tbtMs = lhr.audits["total-blocking-time"]?.numericValue;
  return run;
}
