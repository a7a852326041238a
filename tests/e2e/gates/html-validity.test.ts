import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST } from "../../helpers/dist.ts";
import { fileOf, sitePages } from "../../../scripts/lib/site-pages.ts";

// The project's rules (.htmlvalidate.json: the HTML standard, accessibility
// and document rules), applied to the built output rather than the sources,
// since that is what readers receive.
const config = JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

describe("HTML validity of every built page", () => {
  it.each(sitePages(DIST).all)("%s is valid HTML", async (page) => {
    const file = fileOf(DIST, page);
    expect(file, `${page} is not built`).toBeDefined();
    const html = readFileSync(join(DIST, file as string), "utf8");
    const report = await validator.validateString(html, file as string);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages.join("\n")).toBe("");
  });
});

describe("icons", () => {
  // Without a <link rel="icon"> Chromium asks for /favicon.ico on its own,
  // sometimes after the load event: a 404 that comes and goes in the
  // browser gates. Checked here, where it cannot come and go.
  it("every built page links its icon", () => {
    const without = sitePages(DIST).all.filter((page) => {
      const html = readFileSync(join(DIST, fileOf(DIST, page) as string), "utf8");
      return !parseHTML(html).document.querySelector('link[rel~="icon" i][href]');
    });
    expect(without).toEqual([]);
  });
});
