import type { TimelineEvent } from "../../schemas/events.ts";
import type { Metric } from "../../schemas/metrics.ts";
import type { Observation } from "../../schemas/observations.ts";
import type { Site } from "../../schemas/sites.ts";
import type { Source } from "../../schemas/sources.ts";

/** The whole validated dataset: what every page, release and test reads. */
export interface Dataset {
  sources: Source[];
  sites: Site[];
  metrics: Metric[];
  observations: Observation[];
  events: TimelineEvent[];
}

export type { Metric, Observation, Site, Source, TimelineEvent };
