import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

/** Built site under test: dist/, or DIST_DIR when several builds run side by side. */
export const DIST = process.env.DIST_DIR ?? "dist";

/** A built page as a DOM, by its URL path ("/fr/"). */
export function page(urlPath: string): Document {
  const file = join(DIST, urlPath, urlPath.endsWith("/") ? "index.html" : "");
  if (!existsSync(file)) throw new Error(`not built: ${urlPath} (${file})`);
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

/** Every file under dist/, as URL paths. */
export function builtFiles(dir = DIST, prefix = ""): string[] {
  return readdirSync(join(dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? builtFiles(join(dir, d.name), `${prefix}/${d.name}`)
      : [`${prefix}/${d.name}`],
  );
}
