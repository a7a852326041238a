import type { EmbedTheme } from "./embed.ts";
import { href } from "./paths.ts";

/**
 * Every address the site links to, in one place. `PAGE` gives a reading
 * page's route after its language folder ("graphiques/emplois/"), which
 * Base.astro takes to build the language switch and canonical URL; the
 * functions below give site-internal URLs under the configured base
 * (`href`), ready for an `href` attribute or `absoluteUrl`.
 */
export const PAGE = {
  home: "",
  charts: "graphiques/",
  chart: (slug: string) => `graphiques/${slug}/`,
  embedCode: (slug: string) => `graphiques/${slug}/integrer/`,
  timeline: "chronologie/",
  sites: "sites/",
  site: (id: string) => `sites/${id}/`,
  data: "donnees/",
  /** A release's page in a language: its files, citation, notes and changes. */
  release: (version: string) => `donnees/${version}/`,
  /** The data dictionary: every column of every table, and every metric. */
  dictionary: "donnees/dictionnaire/",
  about: "a-propos/",
  figure: (id: string) => `chiffres/${id}/`,
  figures: "chiffres/",
  /** The list of figures narrowed to one park, metric or year: "chiffres/parc/rabat/". */
  figuresBy: (kind: string, value: string) => `chiffres/${kind}/${value}/`,
  verify: "verifier/",
} as const;

/** A reading page in `lang`: `route` is one of PAGE's ("" for the home page). */
export const langPath = (lang: string, route: string): string => href(`${lang}/${route}`);

export const homePath = (lang: string): string => langPath(lang, PAGE.home);
export const chartsPath = (lang: string): string => langPath(lang, PAGE.charts);

/** A chart's page, or with `file` one of its downloads ("chart.png", "data.csv"). */
export const chartPath = (lang: string, slug: string, file = ""): string =>
  langPath(lang, PAGE.chart(slug) + file);

/** A chart's embed codes, every variant, with a preview and images for documents. */
export const embedCodePath = (lang: string, slug: string): string =>
  langPath(lang, PAGE.embedCode(slug));

export const timelinePath = (lang: string): string => langPath(lang, PAGE.timeline);
export const sitesPath = (lang: string): string => langPath(lang, PAGE.sites);
export const sitePath = (lang: string, id: string): string => langPath(lang, PAGE.site(id));

/** The data page: releases, dictionary, methodology. */
export const dataPath = (lang: string): string => langPath(lang, PAGE.data);

/** A release's page in `lang` ("/en/donnees/2.1.0/"); /data/<version>/ is the same in French. */
export const releasePagePath = (lang: string, version: string): string =>
  langPath(lang, PAGE.release(version));

/** The data dictionary in `lang`: tables, columns, metrics. */
export const dictionaryPath = (lang: string): string => langPath(lang, PAGE.dictionary);

/** A figure's own page (an observation id of the latest release): value, source, quote, history. */
export const figurePath = (lang: string, id: string): string => langPath(lang, PAGE.figure(id));

/** The id of the section of a figure's page that lists the other sources for the same thing. */
export const FIGURE_OTHERS_ANCHOR = "autres-sources";

/** That section of a figure's page: where a «sources divergentes» mark leads. */
export const figureOthersPath = (lang: string, id: string): string =>
  `${figurePath(lang, id)}#${FIGURE_OTHERS_ANCHOR}`;

/** The list of every figure, or with `filter` its view of one park, metric or year. */
export const figuresPath = (lang: string, filter?: { kind: string; value: string }): string =>
  langPath(lang, filter ? PAGE.figuresBy(filter.kind, filter.value) : PAGE.figures);

/** The page that checks a sentence's figures against the sources. */
export const verifyPath = (lang: string): string => langPath(lang, PAGE.verify);

/** The page on who publishes the data, how figures are chosen and corrected. */
export const aboutPath = (lang: string): string => langPath(lang, PAGE.about);

/** The Atom feed of releases, in `lang` (notes in that language where written). */
export const feedPath = (lang: string): string => langPath(lang, `${PAGE.data}versions.atom`);

/** The DCAT catalogue of the datasets (JSON-LD), for open-data portals. */
export const catalogPath = (): string => href("data/catalog.jsonld");

/**
 * Route (before the base) of a release folder: "data/1.0.0/", "data/latest/".
 * The folder's index.html is the release's page (in French), the address
 * its citations name.
 */
export const releaseRoute = (version: string): string => `data/${version}/`;

/** A release folder, or with `file` one of its files ("observations.csv"). */
export const releasePath = (version: string, file = ""): string =>
  href(releaseRoute(version) + file);

/** A file of the data API at the root of /data/ ("index.json", "versions.json"); "" for the list of releases. */
export const dataApiPath = (name: string): string => href(`data/${name}`);

/** The stylesheet of the series colours, generated from src/charts/palette.ts. */
export const paletteCssPath = (): string => href("styles/palette.css");

/** An embed: "/embed/1.0.0/fr/emplois/", or "…/dark/" and "…/auto/", under the base. */
export const embedPath = (version: string, lang: string, slug: string, theme: EmbedTheme): string =>
  href(`embed/${version}/${lang}/${slug}/${theme === "light" ? "" : `${theme}/`}`);
