import type { Dataset } from "../lib/data/dataset.ts";
import { CHART_CATALOG, type ChartEntry } from "./catalog.ts";
import { chiffreAffaires } from "./chiffre-affaires.ts";
import { emplois } from "./emplois.ts";
import { entreprises } from "./entreprises.ts";
import { entreprisesParSite } from "./entreprises-par-site.ts";
import { nouvellesEntreprises } from "./nouvelles-entreprises.ts";
import { partMarcheTic } from "./part-marche-tic.ts";
import { tauxOccupation } from "./taux-occupation.ts";
import type { ChartOptions, ChartSpec } from "./types.ts";

/** The spec of every chart of CHART_CATALOG, by slug. */
export const CHART_SPECS: Readonly<Record<string, ChartSpec>> = {
  entreprises,
  "entreprises-par-site": entreprisesParSite,
  emplois,
  "chiffre-affaires": chiffreAffaires,
  "part-marche-tic": partMarcheTic,
  "nouvelles-entreprises": nouvellesEntreprises,
  "taux-occupation": tauxOccupation,
};

/** The spec of `slug`; throws for a slug without one. */
export function chartSpec(slug: string): ChartSpec {
  const spec = CHART_SPECS[slug];
  if (!spec) throw new Error(`chart: no spec for ${slug}`);
  return spec;
}

/**
 * The catalog's charts that draw at least one figure of `dataset` (with the
 * site filter, if any), in catalog order: the charts a page may link to and
 * the build publishes. A chart whose metrics have no figure yet is left out.
 */
export function chartsWithData(dataset: Dataset, options: ChartOptions = {}): ChartEntry[] {
  return CHART_CATALOG.filter((entry) =>
    chartSpec(entry.slug)(dataset, "fr", options).panels.some((p) => p.observations.length > 0),
  );
}

export type { ChartDefinition, ChartOptions, ChartSpec, Panel } from "./types.ts";
export { plottedObservations } from "./types.ts";
