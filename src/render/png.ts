import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

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

/**
 * A standalone SVG (with xmlns, fonts and colours as attributes) → PNG at
 * `zoom` times its size, text drawn with Noto Sans and, for Arabic script,
 * Noto Sans Arabic (resvg falls back per character).
 */
export function svgToPng(svg: string, zoom = 2): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
