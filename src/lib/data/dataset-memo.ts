import type { Dataset } from "./dataset.ts";

/**
 * A cache of values derived from a dataset, by key: `memo(dataset, key,
 * make)` gives the value `make` gave the first time for that dataset and
 * key. A dataset's tables do not change once loaded, so what is read from
 * them once holds for the build; keyed weakly by the dataset, the values
 * go with it. The pages ask again and again for what is derived from the
 * whole dataset (a chart, the charts with data, the figures' groups), and
 * deriving it for each made the build grow with the square of the data
 * (#27).
 */
export function datasetMemo<T>(): (dataset: Dataset, key: string, make: () => T) => T {
  const caches = new WeakMap<Dataset, Map<string, T>>();
  return (dataset, key, make) => {
    let byKey = caches.get(dataset);
    if (!byKey) caches.set(dataset, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as T;
  };
}
