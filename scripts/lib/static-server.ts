import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".cff": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".zip": "application/zip",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest)|image\/svg)/;

export interface ServeOptions {
  /** The sub-path the site lives under ("/technopark-en-chiffres/"); "/" by default. */
  base?: string;
  /** Gzip text responses when the client accepts it, as static hosts do (for byte counts). */
  gzip?: boolean;
  /** Extra pages served at exact paths (outside `root`), e.g. a host page for embeds. */
  pages?: Record<string, string>;
}

export interface Served {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** origin + base, ending with "/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on 127.0.0.1 and a free port, like a
 * static host: `dir/` is `dir/index.html`, `dir` redirects to `dir/`, a
 * missing file is 404 (with `404.html` when built), and the headers of the
 * site's own `_headers` file (Netlify/Cloudflare syntax) are applied, so
 * Content-Security-Policy and framing rules are exercised in the browser.
 * `root` may be empty (only `pages`), for a plain host page on another port.
 *
 * The port is chosen by the system as the server starts listening, so two
 * runs never race for one. `root` is read on each request and `_headers` on
 * the first: a site that must know its origin (SITE_URL) can be built into
 * `root` after the server is up.
 */
export async function serveStatic(
  root: string | undefined,
  opts: ServeOptions = {},
): Promise<Served> {
  const base = (opts.base ?? "/").replace(/\/?$/, "/");
  let rules: HeaderRule[] | undefined;
  const headerRules = (): HeaderRule[] => {
    const file = root ? join(root, "_headers") : "";
    rules ??= file && existsSync(file) ? parseHeadersFile(readFileSync(file, "utf8")) : [];
    return rules;
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    const page = opts.pages?.[url.pathname];
    if (page !== undefined)
      return send(req, res, 200, "text/html; charset=utf-8", Buffer.from(page));
    if (!root || !url.pathname.startsWith(base)) return notFound(req, res);
    const rel = decodeURIComponent(url.pathname.slice(base.length - 1));
    const file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root)) || rel === "/_headers") return notFound(req, res);
    if (!existsSync(file)) return notFound(req, res);
    const stat = statSync(file);
    if (stat.isDirectory()) {
      if (!rel.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      return serveFile(req, res, join(file, "index.html"), `${rel}index.html`, rel);
    }
    return serveFile(req, res, file, rel, rel);
  }

  function serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    rel: string,
    urlPath: string,
  ) {
    if (!existsSync(file)) return notFound(req, res);
    for (const [name, value] of headersFor(headerRules(), urlPath)) res.setHeader(name, value);
    const type = TYPES[extname(rel).toLowerCase()] ?? "text/plain; charset=utf-8";
    if (opts.gzip && COMPRESSIBLE.test(type)) return send(req, res, 200, type, readFileSync(file));
    res.writeHead(200, { "content-type": type, "content-length": statSync(file).size });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(res);
  }

  function notFound(req: IncomingMessage, res: ServerResponse): void {
    const custom = root ? join(root, "404.html") : "";
    const body = custom && existsSync(custom) ? readFileSync(custom) : Buffer.from("Not found");
    send(req, res, 404, "text/html; charset=utf-8", body);
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: Buffer,
  ) {
    const gzip = opts.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const out = gzip ? gzipSync(body, { level: 9 }) : body;
    res.writeHead(status, {
      "content-type": type,
      "content-length": out.length,
      ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : out);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
