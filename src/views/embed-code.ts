import { LANGS, t, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import {
  AUTOHEIGHT_SCRIPT,
  EMBED_THEMES,
  embedSnippet,
  fallbackHeight,
  type EmbedTheme,
} from "../lib/web/embed.ts";
import { href } from "../lib/web/paths.ts";
import { chartPath, embedPath } from "../lib/web/routes.ts";
import { absoluteUrl } from "../lib/web/site-url.ts";
import { renderChart } from "../render/render-chart.ts";
import { embedLayout } from "./embed-layout.ts";

/** One snippet of the embed section: a version pin, a language and a theme. */
export interface EmbedVariant {
  /** "pinned-fr-light": the id of its textarea. */
  id: string;
  pin: "pinned" | "latest";
  lang: Lang;
  theme: EmbedTheme;
  /** The embed page, absolute, as the snippet gives it. */
  src: string;
  /** The same page as the preview frames it: same origin, wherever the site is served. */
  preview: string;
  /** The frame's height without the host script. */
  height: number;
  /** The HTML to paste. */
  code: string;
}

/** The "Embed" section of a chart page (EmbedCode.astro). */
export interface EmbedCodeView {
  slug: string;
  /** The version choice: the current release, or always the latest. */
  pins: { key: "pinned" | "latest"; label: string }[];
  variants: EmbedVariant[];
  /** The variant shown first: pinned, in the page's language, light. */
  initial?: EmbedVariant;
  /** The chart as images, per language, for documents that take no iframe. */
  images: { lang: Lang; png: string; svg: string }[];
  /** The auto-height script, as the page loads it. */
  script: string;
}

/**
 * Every embed snippet of chart `slug` for a page in `lang`: pinned to
 * `version` or always the latest, in each language and theme. `site` is
 * the public origin (Astro.site): snippets give absolute addresses.
 */
export function embedCodeView(
  dataset: Dataset,
  lang: Lang,
  slug: string,
  version: string,
  site: URL | undefined,
): EmbedCodeView {
  const script = absoluteUrl(href(AUTOHEIGHT_SCRIPT), site);
  const pins = [
    { key: "pinned", version, label: t(lang, "embed.pinned", { version }) },
    { key: "latest", version: "latest", label: t(lang, "embed.latest") },
  ] as const;
  // Per language: the title, and the frame's height without the host script
  // (the same for every theme and for pinned and latest, which draw one release).
  const byLang = new Map(
    LANGS.map((l) => [
      l,
      {
        title: renderChart(dataset, l, slug).def.title,
        height: fallbackHeight(embedLayout(dataset, l, slug, version)),
      },
    ]),
  );
  const variants = pins.flatMap((pin) =>
    LANGS.flatMap((l) =>
      EMBED_THEMES.map((theme): EmbedVariant => {
        const { title, height } = byLang.get(l) as { title: string; height: number };
        const path = embedPath(pin.version, l, slug, theme);
        const src = absoluteUrl(path, site);
        return {
          id: `${pin.key}-${l}-${theme}`,
          pin: pin.key,
          lang: l,
          theme,
          src,
          preview: path,
          height,
          code: embedSnippet({ src, script, slug, title, height }),
        };
      }),
    ),
  );
  const initial = variants.find(
    (v) => v.pin === "pinned" && v.lang === lang && v.theme === "light",
  );
  return {
    slug,
    pins: pins.map(({ key, label }) => ({ key, label })),
    variants,
    ...(initial ? { initial } : {}),
    images: LANGS.map((l) => ({
      lang: l,
      png: chartPath(l, slug, "chart.png"),
      svg: chartPath(l, slug, "chart.svg"),
    })),
    script: href(AUTOHEIGHT_SCRIPT),
  };
}
