import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { cachedPng, pngCacheEnabled, pngCacheKey } from "./png-cache.ts";

// Resolved from the project root, not from this module: in a build this code
// runs from a bundled chunk under the output directory.
const require = createRequire(join(process.cwd(), "package.json"));
const fontDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** TTF files only: resvg reads neither woff2 nor system fonts here, and drops text it has no font for. */
export const FONT_FILES = [
  join(fontDir("@expo-google-fonts/noto-sans"), "400Regular/NotoSans_400Regular.ttf"),
  join(fontDir("@expo-google-fonts/noto-sans"), "700Bold/NotoSans_700Bold.ttf"),
  join(fontDir("@expo-google-fonts/noto-sans-arabic"), "400Regular/NotoSansArabic_400Regular.ttf"),
  join(fontDir("@expo-google-fonts/noto-sans-arabic"), "700Bold/NotoSansArabic_700Bold.ttf"),
];

const renderOptions = (zoom: number): ResvgRenderOptions => ({
  fitTo: { mode: "zoom", value: zoom },
  font: {
    loadSystemFonts: false,
    fontFiles: FONT_FILES,
    defaultFontFamily: "Noto Sans",
    sansSerifFamily: "Noto Sans",
  },
});

/**
 * What else makes a PNG's bytes: the renderer's version and the fonts'
 * bytes, hashed once a build (pngCacheKey over 1.6 MB of fonts took 2.4 ms,
 * for each of thousands of PNGs at 10× the data).
 */
let renderer: string | undefined;
function rendererKey(): string {
  renderer ??= pngCacheKey([
    `resvg-js ${(require("@resvg/resvg-js/package.json") as { version: string }).version}`,
    ...FONT_FILES.map((file) => readFileSync(file)),
  ]);
  return renderer;
}

/**
 * A standalone SVG (with xmlns, fonts and colours as attributes) → PNG at
 * `zoom` times its size, text drawn with Noto Sans and, for Arabic script,
 * Noto Sans Arabic (resvg falls back per character). Taken from the PNG
 * cache when the same SVG was rendered with the same options, renderer and
 * fonts before (png-cache.ts).
 */
export function svgToPng(svg: string, zoom = 2): Uint8Array<ArrayBuffer> {
  const options = renderOptions(zoom);
  const render = () => new Uint8Array(new Resvg(svg, options).render().asPng());
  if (!pngCacheEnabled()) return render();
  return cachedPng(pngCacheKey([rendererKey(), JSON.stringify(options), svg]), render);
}
