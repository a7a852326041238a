/**
 * Which rules a validation applies.
 *
 * - "release": every rule; what the release tool demands of data/ and of
 *   the files it has just written.
 * - "data": the working copy in data/ (npm run validate, the build, tests):
 *   every rule, but the release-only rules (RELEASE_ONLY_RULES) are reported
 *   as warnings, so the site still builds while a correction is pending.
 * - "published": a release already published, loaded by the site. Releases
 *   are immutable, and 1.1.0 predates the editorial rules below (four of its
 *   quotes run over twelve words): the site must still build from it, so
 *   these rules are not applied to it. Corrections go in a later release.
 */
export type RuleSet = "release" | "data" | "published";

/** Rules checked in data/ and new releases only, never on published ones. */
export const EDITORIAL_RULES = ["quote-length"] as const;
export type EditorialRule = (typeof EDITORIAL_RULES)[number];

/** Rules that are warnings in data/ and errors when cutting a release. */
export const RELEASE_ONLY_RULES: readonly EditorialRule[] = ["quote-length"];

/** The longest quote, in words: a fragment of the source, not a paragraph of it. */
export const QUOTE_MAX_WORDS = 12;
