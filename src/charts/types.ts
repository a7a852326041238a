import type { PlotOptions } from "@observablehq/plot";
import type { Lang } from "../i18n/index.ts";
import type { Dataset, Metric, Observation } from "../lib/data/dataset.ts";

/** Drawing widths: the wide layout is the page default and the downloads; the narrow one fits 320 px. */
export const WIDE = 640;
export const NARROW = 320;

export interface ChartOptions {
  /** Only this site's figures (a sites.id); network-wide figures are left out. */
  site?: string;
  /** Drawing width in px; WIDE unless given. */
  width?: number;
}

/**
 * One metric of a chart. A metric with several figures is a plot; one with a
 * single figure is a "big number" (`plot` undefined), never a one-point chart.
 */
export interface Panel {
  metric: Metric;
  /** The figures drawn, in table order. */
  observations: Observation[];
  plot?: PlotOptions;
  /** Symbols and links the plot draws, for its key. */
  marks: MarkKinds;
}

/** Which kinds of mark a panel draws, so the key lists only those. */
export interface MarkKinds {
  qualifiers: Set<Observation["qualifier"]>;
  links: boolean;
  openings: boolean;
  /**
   * Period figures drawn as spans: whether any is exact, and whether any is
   * approximate or a bound (drawn paler).
   */
  periods: { exact: boolean; other: boolean };
  /** The series drawn, by colour slot, with their names: a key instead of a label on each line. */
  series: { slot: number; label: string }[];
}

/** What a chart spec returns: everything a page, an image or an embed draws. */
export interface ChartDefinition {
  slug: string;
  title: string;
  panels: Panel[];
}

/**
 * A chart spec: validated data in, panels with Plot options out. Pure; the
 * same dataset, language and options give the same definition.
 */
export type ChartSpec = (dataset: Dataset, lang: Lang, options?: ChartOptions) => ChartDefinition;

/** Every figure a chart draws, panel after panel: what its table and downloads list. */
export function plottedObservations(def: ChartDefinition): Observation[] {
  return def.panels.flatMap((p) => p.observations);
}
