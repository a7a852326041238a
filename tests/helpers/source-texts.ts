import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

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

/** The variable that says, on purpose, that the stored pages are not there. */
export const QUOTE_PAGES_ENV = "QUOTE_PAGES";

/**
 * Whether the verbatim-quote checks run: "run" when the stored pages are
 * there; "skip" when they are not and QUOTE_PAGES=absent says so on
 * purpose (the GitHub workflow, whose checkout does not hold them). Missing
 * pages without it throw: checks that cannot run must not pass in silence.
 */
export function quoteCheckMode(present: boolean, env: string | undefined): "run" | "skip" {
  if (present) return "run";
  if (env === "absent") return "skip";
  throw new Error(
    `The stored source pages are missing: there is no folder ${SOURCES_DIR} (${resolve(SOURCES_DIR)}), ` +
      `so the verbatim-quote checks cannot run. Put the pages there, or set ${QUOTE_PAGES_ENV}=absent ` +
      `to skip these checks on purpose` +
      (env === undefined ? "." : ` (${QUOTE_PAGES_ENV} is "${env}", not "absent").`),
  );
}

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
