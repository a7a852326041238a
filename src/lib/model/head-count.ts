import { STOCK_WITHIN } from "./consistency.ts";

/**
 * Running totals that readers take for a head-count though no consistency
 * rule ties them to it: jobs "created, direct and indirect" since 2001 do
 * not include the people working in the parks (indirect jobs lie outside
 * them, so STOCK_WITHIN leaves the pair out), yet «plus de 15 000
 * emplois» is quoted as if 15 000 people worked there.
 */
const READ_AS: Readonly<Record<string, readonly string[]>> = {
  jobs: ["jobs_created_direct_indirect"],
};

/**
 * The stock metric (a head-count at one date) to show beside the running
 * total `cumulativeId`, so the two are not confused: the stock whose
 * running totals include it (STOCK_WITHIN), else the one it is read as
 * (READ_AS); undefined when none.
 */
export function headCountOf(cumulativeId: string): string | undefined {
  for (const table of [STOCK_WITHIN, READ_AS])
    for (const [stock, totals] of Object.entries(table))
      if (totals.includes(cumulativeId)) return stock;
  return undefined;
}
