import { zipSync, type Zippable } from "fflate";
import { PACKAGE_NAME } from "./datapackage.ts";

/** File name of a release's zip, e.g. technopark-en-chiffres-1.1.0.zip. */
export const zipName = (version: string): string => `${PACKAGE_NAME}-${version}.zip`;

/**
 * Every file of a release in one zip, under a folder named like the zip,
 * byte-identical on every build and machine: files in name order, fixed
 * compression level and Unix permissions (0644), and every timestamp set to
 * the release day at 00:00. Zip timestamps are local-time fields that fflate
 * fills from a Date's local getters, so the Date is built from local
 * components: the bytes then do not depend on the time zone of the build.
 */
export function zipRelease(
  version: string,
  date: string,
  files: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`zipRelease: date "${date}" is not YYYY-MM-DD`);
  const mtime = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const folder = zipName(version).replace(/\.zip$/, "");
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort())
    entries[`${folder}/${name}`] = [
      files.get(name) as Uint8Array,
      { level: 9, mtime, os: 3, attrs: 0o100644 << 16 },
    ];
  return zipSync(entries);
}
