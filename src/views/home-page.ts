import { chartsWithData } from "../charts/index.ts";
import { t, type Lang } from "../i18n/index.ts";
import type { Dataset } from "../lib/data/dataset.ts";
import { formatPartialDate } from "../lib/format/format.ts";
import { headlineFigures, type Headline } from "../lib/model/headlines.ts";
import type { ReleaseInfo } from "../lib/release/releases.ts";
import { chartPath, releasePath, sitesPath, timelinePath } from "../lib/web/routes.ts";
import { renderChart } from "../render/render-chart.ts";

/** A link: its address and its text. */
export interface Link {
  href: string;
  text: string;
}

export interface HomePageView {
  /** The timeline and the sites, linked first. */
  links: Link[];
  headlines: Headline[];
  /** Every chart with figures, by title. */
  charts: Link[];
  /** "Version 1.1.0 des données, publiée le …". */
  release: string;
  /** Each table of the latest release as CSV and JSON. */
  tables: { name: string; csv: string; json: string }[];
  /** The release's datapackage.json and SHA256SUMS. */
  files: Link[];
}

const TABLES = ["observations", "events", "sources", "metrics", "sites"] as const;

/** The home page of the latest release in `lang`: headline figures, charts and downloads. */
export function homePageView(dataset: Dataset, latest: ReleaseInfo, lang: Lang): HomePageView {
  const file = (name: string) => releasePath(latest.version, name);
  return {
    links: [
      { href: timelinePath(lang), text: t(lang, "timeline.homeLink") },
      { href: sitesPath(lang), text: t(lang, "sites.homeLink") },
    ],
    headlines: headlineFigures(dataset),
    charts: chartsWithData(dataset).map((entry) => ({
      href: chartPath(lang, entry.slug),
      text: renderChart(dataset, lang, entry.slug).def.title,
    })),
    release: t(lang, "home.release", {
      version: latest.version,
      date: formatPartialDate(latest.date, lang),
    }),
    tables: TABLES.map((name) => ({
      name,
      csv: file(`${name}.csv`),
      json: file(`${name}.json`),
    })),
    files: ["datapackage.json", "SHA256SUMS"].map((name) => ({ href: file(name), text: name })),
  };
}
