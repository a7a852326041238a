import type { Lang } from "../../i18n/index.ts";

/** `row[`${prefix}_${lang}`]`: the data tables carry their own translations. */
export function localized<P extends string>(
  row: { [K in `${P}_${Lang}`]: string },
  prefix: P,
  lang: Lang,
): string {
  return row[`${prefix}_${lang}` as `${P}_${Lang}`];
}
