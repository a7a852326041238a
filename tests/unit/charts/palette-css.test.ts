import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLOT_COLOURS, THEME_COLOURS } from "../../../src/charts/palette.ts";

// The stylesheets write the theme's colours as literals (CSS cannot import
// TypeScript): these tests hold them to THEME_COLOURS, so that the page, the
// embeds and the downloadable images keep one palette.

const read = (path: string) => readFileSync(path, "utf8");
const themed = (pick: "light" | "dark") =>
  Object.fromEntries(Object.entries(THEME_COLOURS).map(([name, c]) => [name, c[pick]]));

/** `--name: #hex;` declarations of a piece of CSS, as { name: hex }. */
const hexProperties = (css: string) =>
  Object.fromEntries(
    [...css.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{3,8});/g)].map(([, name, hex]) => [name, hex]),
  );

describe("global.css", () => {
  const [light = "", dark = ""] = read("src/styles/global.css").split(
    "@media screen and (prefers-color-scheme: dark)",
  );

  it("declares the light theme's colours of THEME_COLOURS", () => {
    expect(hexProperties(light)).toEqual(themed("light"));
  });

  it("declares the dark theme's colours of THEME_COLOURS under prefers-color-scheme: dark", () => {
    expect(hexProperties(dark)).toEqual(themed("dark"));
  });
});

describe("embed.css", () => {
  it("declares each colour of THEME_COLOURS as light-dark(light, dark)", () => {
    const css = read("src/styles/embed.css");
    const pairs = Object.fromEntries(
      [...css.matchAll(/--([a-z-]+):\s*light-dark\((#[0-9a-fA-F]+),\s*(#[0-9a-fA-F]+)\);/g)].map(
        ([, name, light, dark]) => [name, { light, dark }],
      ),
    );
    expect(pairs).toEqual(THEME_COLOURS);
  });
});

describe("colours in the stylesheets and components", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : /\.(css|astro)$/.test(e.name)
          ? [join(dir, e.name)]
          : [],
    );
  const known = new Set(
    [...Object.values(THEME_COLOURS), ...SLOT_COLOURS]
      .flatMap((c) => [c.light, c.dark])
      .map((c) => c.toLowerCase()),
  );

  it("are all colours of the TypeScript palette (THEME_COLOURS, SLOT_COLOURS)", () => {
    const found = files("src").flatMap((file) =>
      [...read(file).matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g)].map(([hex]) => ({
        file,
        hex: hex.toLowerCase(),
      })),
    );
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((f) => !known.has(f.hex))).toEqual([]);
  });
});
