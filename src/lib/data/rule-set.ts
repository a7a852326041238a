/**
 * Which rules a validation applies.
 *
 * - "release": every rule; what the release tool demands of data/ and of
 *   the files it has just written.
 * - "data": the working copy in data/ (npm run validate, the build, tests):
 *   every rule, but the release-only rules (RELEASE_ONLY_RULES, none
 *   today) are reported as warnings, so the site still builds while a correction
 *   is pending.
 * - "published": a release already published, loaded by the site. Releases
 *   are immutable, and older ones predate the editorial rules below (four
 *   quotes of 1.1.0 run over twelve words; 1.x has English notes only): the
 *   site must still build from them, so these rules are not applied to
 *   them. Corrections go in a later release.
 */
export type RuleSet = "release" | "data" | "published";

/**
 * Rules checked in data/ and new releases only, never on published ones:
 * quote length, the text rules of a reader's language (script, language,
 * placeholders: src/lib/data/text-rules.ts), notes in every language or
 * none, no internal id in a text for readers.
 */
export const EDITORIAL_RULES = [
  "quote-length",
  "text-language",
  "note-languages",
  "internal-ids",
] as const;
export type EditorialRule = (typeof EDITORIAL_RULES)[number];

/**
 * Rules that are warnings in data/ and errors when cutting a release. None
 * today: a quote over twelve words was one, and passed `npm run validate`
 * at 5,000 characters; it is an error in data/ now that no row needs it.
 */
export const RELEASE_ONLY_RULES: readonly EditorialRule[] = [];

/** The longest quote, in words: a fragment of the source, not a paragraph of it. */
export const QUOTE_MAX_WORDS = 12;

/**
 * The longest quote, in characters: twelve long words, so that a quote of
 * one unbroken run (no spaces to count words by) is refused too.
 */
export const QUOTE_MAX_CHARS = 200;
