import { existsSync } from "node:fs";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Download,
  type Frame,
  type Page,
  type Request,
  type Response,
} from "playwright-core";

/** Debian's Chromium (apt-get install chromium); CHROME_PATH overrides it. */
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Switches for a machine without internet, often as root: no sandbox (root
 * cannot use it), no GPU, and none of Chromium's own calls home (component
 * updates, sync, field trials), which would hang or pollute request logs.
 */
export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches the machine's Chromium through playwright-core (which downloads no browser). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH))
    throw new Error(`No Chromium at ${CHROME_PATH}: apt-get install chromium (.ci/run does)`);
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}

/**
 * Limits for a busy two-core machine (Playwright's own are 30 s). Every
 * wait is on a condition (a load event, a selector, a function), so a
 * generous limit costs nothing when all is well and spares a flake when
 * the machine is slow.
 */
export const NAVIGATION_TIMEOUT_MS = 90_000;
export const ACTION_TIMEOUT_MS = 60_000;

/** A browser context with the limits above. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return context;
}

/**
 * Loads the page's lazy iframes now and waits until each has loaded its
 * document, so that what a check sees does not depend on the page height
 * or on timing. Cross-origin frames cannot be inspected and are skipped.
 */
export async function loadLazyFrames(page: Page): Promise<void> {
  const lazy = await page.evaluate(() => {
    const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[loading="lazy"]')];
    for (const f of frames) f.loading = "eager";
    return frames.length;
  });
  if (lazy === 0) return;
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLIFrameElement>("iframe[src]")].every((f) => {
      let doc: Document | null;
      try {
        doc = f.contentDocument;
      } catch {
        return true;
      }
      return doc === null || (doc.URL !== "about:blank" && doc.readyState === "complete");
    }),
  );
}

/** What went wrong while a page loaded, as seen by the browser. */
export interface PageWatch {
  /** Requests to another origin than the site's (data: and blob: excepted). */
  outside: string[];
  /** Requests that failed or answered 4xx/5xx. */
  failed: string[];
  /** console.error messages, CSP violations among them. */
  consoleErrors: string[];
  /** Uncaught exceptions. */
  pageErrors: string[];
  /** URLs saved as downloads (their navigation is "aborted" by design). */
  downloads: string[];
  /** Stops recording (the page is kept for another use). */
  stop(): void;
  /**
   * The `failed` entries that Chromium cancelled (net::ERR_ABORTED) because
   * the document that asked for them had been left meanwhile, as a
   * redirect page's icon is when its meta refresh moves on: by design, not
   * a failure. Read once the page has settled.
   */
  abandoned(): string[];
}

/**
 * Records, on `page`, every request leaving `origin`, every failed request,
 * console error and uncaught exception. Pass `alsoAllowed` for origins a
 * test serves on purpose (the host page of the embed journey).
 */
export function watchPage(page: Page, origin: string, alsoAllowed: string[] = []): PageWatch {
  // Documents a frame has shown, counted: a request made by the n-th one
  // and aborted once the frame shows a later one was abandoned. Decided when
  // read, since Chromium may report the failure before the navigation.
  const documents = new WeakMap<Frame, number>();
  const madeBy = new WeakMap<Request, number>();
  const aborted: { entry: string; frame: Frame; req: Request }[] = [];
  const frameOf = (req: Request): Frame | undefined => {
    try {
      return req.frame();
    } catch {
      return undefined; // a service worker's request has no frame
    }
  };
  const w: PageWatch = {
    outside: [],
    failed: [],
    consoleErrors: [],
    pageErrors: [],
    downloads: [],
    abandoned: () =>
      aborted
        .filter(({ frame, req }) => (documents.get(frame) ?? 0) > (madeBy.get(req) ?? 0))
        .map(({ entry }) => entry),
    stop: () => undefined,
  };
  const allowed = new Set([origin, ...alsoAllowed]);
  const onNavigated = (f: Frame) => documents.set(f, (documents.get(f) ?? 0) + 1);
  const onRequest = (req: Request) => {
    const frame = frameOf(req);
    if (frame) madeBy.set(req, documents.get(frame) ?? 0);
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!allowed.has(new URL(url).origin)) w.outside.push(url);
  };
  const onDownload = (d: Download) => w.downloads.push(d.url());
  const onFailed = (req: Request) => {
    if (!allowed.has(new URL(req.url()).origin)) return; // already counted as outside
    const error = req.failure()?.errorText ?? "failed";
    const entry = `${req.url()} (${error})`;
    w.failed.push(entry);
    const frame = frameOf(req);
    if (error === "net::ERR_ABORTED" && frame && !req.isNavigationRequest())
      aborted.push({ entry, frame, req });
  };
  const onResponse = (res: Response) => {
    if (res.status() >= 400) w.failed.push(`${res.url()} (HTTP ${res.status()})`);
  };
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === "error") w.consoleErrors.push(msg.text());
  };
  const onPageError = (err: Error) => w.pageErrors.push(err.message);
  page.on("framenavigated", onNavigated);
  page.on("request", onRequest);
  page.on("download", onDownload);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  w.stop = () => {
    page.off("framenavigated", onNavigated);
    page.off("request", onRequest);
    page.off("download", onDownload);
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
  };
  return w;
}

/** The problems a watch recorded, one per line; "" when the page loaded cleanly. */
export function watchProblems(w: PageWatch): string {
  // A link to a file that is saved as a download aborts its navigation.
  const abandoned = w.abandoned();
  const failed = w.failed.filter((f) => {
    const i = abandoned.indexOf(f);
    if (i >= 0) abandoned.splice(i, 1); // one entry each
    return i < 0 && !w.downloads.some((d) => f === `${d} (net::ERR_ABORTED)`);
  });
  return [
    ...w.outside.map((u) => `request to another origin: ${u}`),
    ...failed.map((u) => `failed request: ${u}`),
    ...w.consoleErrors.map((m) => `console error: ${m}`),
    ...w.pageErrors.map((m) => `uncaught exception: ${m}`),
  ].join("\n");
}

/**
 * Tabs of one context, kept open and reused: opening a tab costs Chromium
 * about as much as loading a page in it (0.3 s on a two-core machine), so
 * a gate that visits hundreds of pages borrows a tab for each instead.
 * `reset` puts a borrowed tab back in a known state (viewport, colour
 * scheme) before use. A tab is handed on as it was left, not taken to
 * about:blank first (a fifth of the time per page): a request of the page
 * it showed that fails once the next one is loading is abandoned, and
 * `watchPage` does not count it.
 */
export class TabPool {
  private readonly idle: Page[] = [];
  private readonly context: BrowserContext;
  private readonly reset: (page: Page) => Promise<void>;
  constructor(
    context: BrowserContext,
    reset: (page: Page) => Promise<void> = async () => undefined,
  ) {
    this.context = context;
    this.reset = reset;
  }

  /** Runs `use` on a free tab; a tab `use` failed on is closed, not reused. */
  async with<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await this.context.newPage());
    let healthy = false;
    try {
      await this.reset(page);
      const result = await use(page);
      healthy = true;
      return result;
    } finally {
      if (healthy && !page.isClosed()) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }
}
