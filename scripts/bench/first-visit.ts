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
  /**
   * What the first paint waits for: the HTML and the stylesheets whose media
   * match (not a print stylesheet, nor one for the dark scheme when the
   * screen is light), headers included. One TCP round trip carries about
   * 14.6 KB (ten segments of 1,460 bytes): the budget of #27.
   */
  firstPaint: number;
}

const KIND: Record<string, keyof Omit<FirstVisit, "total" | "requests" | "firstPaint">> = {
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
    firstPaint: 0,
  };
  const pending: Promise<void>[] = [];
  const cssBytes = new Map<string, number>();
  page.on("requestfinished", (req) => {
    pending.push(
      req.sizes().then((s) => {
        const bytes = s.responseBodySize + s.responseHeadersSize;
        const kind = KIND[req.resourceType()] ?? "other";
        visit[kind] += bytes;
        if (kind === "css") cssBytes.set(req.url(), bytes);
        visit.total += bytes;
        visit.requests += 1;
      }),
    );
  });
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    await Promise.all(pending);
    const deferred = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
        .filter((l) => l.media && !matchMedia(l.media).matches)
        .map((l) => l.href),
    );
    const deferredBytes = deferred.reduce((sum, href) => sum + (cssBytes.get(href) ?? 0), 0);
    visit.firstPaint = visit.html + visit.css - deferredBytes;
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
