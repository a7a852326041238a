import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * Components take view objects built in src/views/; the project's ESLint
 * config refuses a component that imports the Dataset (or its index, or
 * the site's data) to derive from, and lets it import row types such as
 * Source, which views hand over as they are.
 */
describe("eslint.config.js: components take views, never a Dataset", () => {
  const eslint = new ESLint();
  const messages = async (frontMatter: string) => {
    const [result] = await eslint.lintText(`---\n${frontMatter}\n---\n\n<p>{x}</p>\n`, {
      filePath: "src/components/Probe.astro",
    });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === "no-restricted-imports")
      .map((m) => {
        const [what, why] = m.message.split(" is restricted from being used by a pattern. ");
        return `${m.line}: ${what} | ${why?.slice(0, 30)}`;
      });
  };

  it("refuses the Dataset type, the dataset index and the site's data", async () => {
    expect(
      await messages(
        [
          'import type { Dataset } from "../lib/data/dataset.ts";',
          'import { datasetIndex } from "../lib/data/dataset.ts";',
          'import { siteData } from "../lib/data/site-data.ts";',
          "const x = [datasetIndex, siteData] as unknown as Dataset;",
        ].join("\n"),
      ),
    ).toEqual([
      "2: 'Dataset' import from '../lib/data/dataset.ts' | src/components/ take view obje",
      "3: 'datasetIndex' import from '../lib/data/dataset.ts' | src/components/ take view obje",
      "4: '../lib/data/site-data.ts' import | src/components/ take view obje",
    ]);
  });

  it("allows a row type, and still refuses tests/", async () => {
    expect(
      await messages(
        [
          'import type { Source } from "../lib/data/dataset.ts";',
          'import { helper } from "../../tests/helpers/served-site.ts";',
          "const x: Source | typeof helper | undefined = undefined;",
        ].join("\n"),
      ),
    ).toEqual(["3: '../../tests/helpers/served-site.ts' import | Code that ships or runs tools "]);
  });
});
