import type { Browser } from "playwright-core";

/** What a first visit (empty cache) fetches, in bytes transferred, by kind of resource. */
export interface FirstVisit {
  html: number;
  css: number;
  js: number;
  images: number;
  fonts: number;
  other: number;
  total: number;
  requests: number;
}

const KIND: Record<string, keyof Omit<FirstVisit, "total" | "requests">> = {
  document: "html",
  stylesheet: "css",
  script: "js",
  image: "images",
  font: "fonts",
};

/**
 * Loads `url` in a fresh context (nothing cached) at a phone's viewport and
 * sums the bytes each response took on the wire (headers and, compressed
 * when the server compresses, body), until the network is idle.
 */
export async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const visit: FirstVisit = {
    html: 0,
    css: 0,
    js: 0,
    images: 0,
    fonts: 0,
    other: 0,
    total: 0,
    requests: 0,
  };
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (req) => {
    pending.push(
      req.sizes().then((s) => {
        const bytes = s.responseBodySize + s.responseHeadersSize;
        visit[KIND[req.resourceType()] ?? "other"] += bytes;
        visit.total += bytes;
        visit.requests += 1;
      }),
    );
  });
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    await Promise.all(pending);
    return visit;
  } finally {
    await context.close();
  }
}

/**
 * Whether the page shows its content with JavaScript off: its chart (an
 * svg.tp-plot) for chart pages and embeds, its main heading otherwise.
 */
export async function worksWithoutJs(
  browser: Browser,
  url: string,
  hasChart: boolean,
): Promise<boolean> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    const target = page.locator(hasChart ? "svg.tp-plot" : "h1").first();
    return (await target.count()) > 0 && (await target.isVisible());
  } finally {
    await context.close();
  }
}
