import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Imports run one way: schemas <- lib <- charts <- render <- views <- pages
 * (components, layouts, pages). i18n sits beside schemas: anyone may use it,
 * it uses nothing. Each folder may not import the folders above it.
 */
const LAYERS = ["schemas", "lib", "charts", "render", "views", "components|layouts|pages"];
const above = (i) => LAYERS.slice(i + 1).flatMap((l) => l.split("|"));
const forbid = (folders, why) => ({
  patterns: folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}`], message: why })),
});

const layerRules = LAYERS.slice(0, -1).flatMap((layer, i) =>
  layer.split("|").map((dir) => ({
    files: [`src/${dir}/**/*.{ts,astro}`],
    rules: {
      "no-restricted-imports": [
        "error",
        forbid(
          [...above(i), "tests", "scripts", ...(dir === "schemas" ? ["i18n"] : [])],
          `src/${dir}/ may import only the layers below it: ${LAYERS.join(" <- ")} (README, Layout).`,
        ),
      ],
    },
  })),
);

const noTests = forbid(
  ["tests"],
  "Code that ships or runs tools never imports tests/: shared helpers live in scripts/lib/.",
);

const TAKE_A_VIEW =
  "src/components/ take view objects built in src/views/ and passed down by the route (README, Layout): derive in a view builder, not from a Dataset.";
const COMPONENT_DATA = [
  {
    group: ["**/lib/data/dataset", "**/lib/data/dataset.ts"],
    importNames: ["Dataset", "DatasetIndex", "datasetIndex"],
    message: TAKE_A_VIEW,
  },
  {
    group: [
      "**/lib/data/site-data",
      "**/lib/data/site-data.ts",
      "**/lib/data/load-dataset",
      "**/lib/data/load-dataset.ts",
    ],
    message: TAKE_A_VIEW,
  },
];

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".astro/",
      ".builds/",
      "node_modules/",
      "data/",
      "test-results/",
      "tests/charts/output/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
  },
  ...layerRules,
  {
    files: ["src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        forbid(
          [...LAYERS.flatMap((l) => l.split("|")), "tests", "scripts"],
          "src/i18n/ holds strings only and imports nothing else of the project.",
        ),
      ],
    },
  },
  {
    files: ["src/components/**", "src/layouts/**", "src/pages/**", "scripts/**"],
    rules: { "no-restricted-imports": ["error", noTests] },
  },
  // Components take view objects built in src/views/ by the routes; they
  // never derive from a Dataset, nor load the site's data themselves. (A
  // later block replaces the rule's options, so the tests/ patterns repeat.)
  {
    files: ["src/components/**/*.{ts,astro}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...noTests.patterns, ...COMPONENT_DATA] }],
    },
  },
  // Scripts served as-is to browsers (embed host and frame scripts).
  {
    files: ["public/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
  // The search box's code, loaded by import() on first use.
  {
    files: ["public/search/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "module" },
  },
);
