import { existsSync, readFileSync } from "node:fs";

/**
 * The stored text of every source, beside the repository in
 * ../shared/sources (we quote fragments, never whole articles): the two
 * primary articles by file, every other source as pages/<source-id>.txt,
 * whose `key: value` header ends at a line `---` (see that folder's README).
 */
export const SOURCES_DIR = "../shared/sources";

const PRIMARY: Readonly<Record<string, string>> = {
  "madeincity-10ans": "technopark-10-ans-2011.txt",
  "h24info-2016": "technopark-15-ans-h24info-2016.txt",
};

export interface SourceText {
  /** The article text (below the header for pages/). */
  text: string;
  /** False for a page the audit could not find again (`verified: no`). */
  verified: boolean;
}

export const sourceTextsAvailable = (): boolean => existsSync(SOURCES_DIR);

/** The stored text of source `id`, or undefined when none is stored. */
export function sourceText(id: string): SourceText | undefined {
  if (PRIMARY[id])
    return { text: readFileSync(`${SOURCES_DIR}/${PRIMARY[id]}`, "utf8"), verified: true };
  const file = `${SOURCES_DIR}/pages/${id}.txt`;
  if (!existsSync(file)) return undefined;
  const raw = readFileSync(file, "utf8");
  const end = raw.indexOf("\n---\n");
  const header = raw.slice(0, end);
  return { text: raw.slice(end + 5), verified: !/^verified: no\b/m.test(header) };
}

/** No-break spaces cannot be told from spaces in the stored copies: compare them as spaces. */
export const comparable = (s: string): string => s.replace(/[\u00a0\u202f]/g, " ");
