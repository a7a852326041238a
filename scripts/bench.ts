// npm run bench [-- --scales 1,10,100] [--no-lighthouse] [--keep] [--data <dir>]
//
// Reported, never a timed test. Builds the site from synthetic data at each
// scale (1× is the real data), then on the 1× build measures, per kind of
// page, the bytes a first visit fetches (gzip, as static hosts serve) and
// Lighthouse performance on mobile emulation, and how tall each chart page
// is; prints Markdown tables with the issues' budgets flagged. Uses
// Debian's Chromium (CHROME_PATH). --data <dir> keeps the synthetic data
// there (data-<k>x/) and reuses it on the next run: making it is slow.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "./lib/browser.ts";
import { runLighthouse, withDebuggableChromium } from "./lib/lighthouse.ts";
import { pageKind, pageOfEachKind, sitePages, type PageKind } from "./lib/site-pages.ts";
import { serveStatic } from "./lib/static-server.ts";
import { firstVisit, worksWithoutJs, type FirstVisit } from "./bench/first-visit.ts";
import { kb, markdownTable, seconds, verdict } from "./bench/markdown.ts";
import { heightsTable, pageHeights, type PageHeight } from "./bench/page-heights.ts";
import { projectCopy } from "./bench/project-copy.ts";
import { growthExponent, scaleRun, type ScaleRun } from "./bench/scaling.ts";

const CHART_BUDGET = 50_000;
const EMBED_BUDGET = 20_000;
/** What TCP's first round trip carries (10 × 1,460 B): a first paint's HTML and CSS (#27). */
const ONE_ROUND_TRIP = 14_600;

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "1,10,100" },
    "no-lighthouse": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    data: { type: "string" },
  },
});
const scales = values.scales.split(",").map(Number);
if (scales[0] !== 1) throw new Error("--scales must start with 1 (the real data)");
const work = mkdtempSync(join(tmpdir(), "bench-"));
const log = (msg: string) => console.error(`[bench] ${msg}`);

interface PageRow {
  kind: PageKind;
  path: string;
  visit: FirstVisit;
  noJs: boolean;
  perf?: number | null | undefined;
  lcpMs?: number | undefined;
  tbtMs?: number | undefined;
}

async function measurePages(run: ScaleRun): Promise<{ rows: PageRow[]; heights: PageHeight[] }> {
  const all = sitePages(run.dist).all;
  const chosen = [...pageOfEachKind(all)].filter(([k]) => k !== "redirect" && k !== "other");
  const server = await serveStatic(run.dist, { gzip: true });
  const browser = await launchChromium();
  const rows: PageRow[] = [];
  let heights: PageHeight[];
  try {
    log("chart page heights");
    heights = await pageHeights(
      browser,
      server.url,
      all.filter((p) => pageKind(p) === "chart"),
    );
    for (const [kind, path] of chosen) {
      log(`first visit ${path}`);
      const url = server.url + path.slice(1);
      const hasChart = kind === "chart" || kind === "embed";
      rows.push({
        kind,
        path,
        visit: await firstVisit(browser, url),
        noJs: await worksWithoutJs(browser, url, hasChart),
      });
    }
  } finally {
    await browser.close();
  }
  if (!values["no-lighthouse"])
    await withDebuggableChromium(async (port) => {
      for (const row of rows) {
        log(`Lighthouse (mobile) ${row.path}`);
        const lh = await runLighthouse(server.url + row.path.slice(1), port, ["performance"]);
        Object.assign(row, { perf: lh.scores.performance, lcpMs: lh.lcpMs, tbtMs: lh.tbtMs });
      }
    });
  await server.close();
  return { rows, heights };
}

function budget(row: PageRow): string {
  const perf = row.perf === undefined ? undefined : row.perf === 100;
  const perfText = row.perf === undefined ? "" : `, perf ${row.perf ?? "?"}`;
  const trip = row.visit.firstPaint - ONE_ROUND_TRIP;
  const tripText = verdict(
    trip <= 0,
    `first paint ${kb(row.visit.firstPaint)}${trip > 0 ? ` (${kb(trip)} over 14.6 KB)` : " ≤ 14.6 KB"}`,
  );
  if (row.kind === "chart")
    return `${verdict(
      row.visit.total < CHART_BUDGET && row.noJs && perf !== false,
      `< 50 KB, no JS${perfText}`,
    )}; ${tripText}`;
  if (row.kind === "embed")
    return `${verdict(row.visit.total < EMBED_BUDGET && perf !== false, `< 20 KB${perfText}`)}; ${tripText}`;
  return `${verdict(perf, `perf 100`)}; ${tripText}`;
}

function pagesTable(rows: PageRow[]): string {
  return markdownTable(
    [
      "page type",
      "page",
      "HTML",
      "CSS",
      "JS",
      "images",
      "fonts",
      "total",
      "works without JS",
      "LH perf (mobile)",
      "LCP",
      "TBT",
      "budget",
    ],
    rows.map((r) => [
      r.kind,
      r.path,
      kb(r.visit.html),
      kb(r.visit.css),
      kb(r.visit.js),
      kb(r.visit.images),
      kb(r.visit.fonts),
      kb(r.visit.total),
      r.noJs ? "yes" : "no",
      r.perf === undefined ? "—" : String(r.perf ?? "?"),
      r.lcpMs === undefined ? "—" : `${Math.round(r.lcpMs)} ms`,
      r.tbtMs === undefined ? "—" : `${Math.round(r.tbtMs)} ms`,
      budget(r),
    ]),
  );
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

function scalingTable(runs: ScaleRun[]): string {
  return markdownTable(
    [
      "data",
      "releases",
      "sites",
      "observations",
      "years",
      "release files",
      "pages",
      "output",
      "full build",
      "growth",
      "after a new release",
      "growth",
      "rebuild, data unchanged",
      "same bytes",
    ],
    runs.map((r, i) => {
      const prev = runs[i - 1];
      const grows = (ms: (run: ScaleRun) => number) => {
        if (!prev) return "—";
        const e = growthExponent(ms(prev), ms(r), prev.scale, r.scale);
        return verdict(e <= 1.1, `∝ scale^${e.toFixed(2)}`);
      };
      return [
        `${r.scale}×`,
        String(r.releases),
        String(r.sites),
        String(r.observations),
        `${r.years[0]}–${r.years[1]}`,
        kb(r.dataBytes),
        String(r.pages),
        `${kb(r.outBytes)} (${r.outFiles} files)`,
        seconds(r.buildMs),
        grows((run) => run.buildMs),
        seconds(r.newReleaseMs),
        grows((run) => run.newReleaseMs),
        verdict(
          r.rebuildMs <= 0.1 * r.buildMs,
          `${seconds(r.rebuildMs)} (${percent(r.rebuildMs, r.buildMs)} of full${r.rebuildReused ? ", the kept site copied" : ""})`,
        ),
        r.sameBytes ? "yes" : "❌ no",
      ];
    }),
  );
}

try {
  const project = projectCopy(join(work, "project"));
  const runs: ScaleRun[] = [];
  for (const scale of scales) {
    log(`synthetic data at ${scale}× and build`);
    if (values.data) mkdirSync(values.data, { recursive: true });
    const data = values.data ? join(values.data, `data-${scale}x`) : undefined;
    runs.push(await scaleRun(scale, work, project, data, log));
    log(`${scale}×: ${seconds(runs[runs.length - 1]?.buildMs ?? 0)}`);
  }
  const { rows, heights } = await measurePages(runs[0] as ScaleRun);
  const date = new Date().toISOString().slice(0, 10);
  console.log(`### Benchmark (${date}, ${(await import("node:os")).cpus().length} cores)\n`);
  console.log(
    `Build time of the site (real data, \`astro build\`): ${seconds((runs[0] as ScaleRun).buildMs)}.\n`,
  );
  console.log(
    "First visit per page type (empty cache, bytes transferred with gzip; Lighthouse performance on mobile emulation):\n",
  );
  console.log(`${pagesTable(rows)}\n`);
  console.log("Chart page heights (JavaScript off; 1× data):\n");
  console.log(`${heightsTable(heights)}\n`);
  console.log(
    "Scaling with synthetic data (k× the sites, observations, events, sources and releases; years spread over up to 30 more). A full build draws every release and renders every PNG; after a new release, the last build kept every other release's outputs, its validated datasets and its PNGs (release-cache.ts, as the deploy workflow keeps them); the rebuild, data unchanged, is npm run build's buildSite again (site-cache.ts: the kept site is copied when nothing it is made of changed); same bytes: both builds that reused wrote the full build's files byte for byte:\n",
  );
  console.log(scalingTable(runs));
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
