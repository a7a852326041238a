import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { RELEASES_DIR } from "./releases.ts";

/** What the check found: one plain line per problem, and a notice when it could not run. */
export interface ImmutabilityReport {
  problems: string[];
  /** Why the check was skipped (a tree outside git), for the log; absent when it ran. */
  skipped?: string;
}

/**
 * Byte changes accepted in a release folder after the commit that added it,
 * each pinned to the exact bytes before and after (git blob ids), so that
 * nothing else passes. Release 1.0.0 was added at 08:59 on 2026-11-24
 * (commit d626985), before the site existed; six minutes later the commit
 * that created the site (62cd73c) added `"doubleQuote": true` to the CSV
 * dialects of its datapackage.json and the matching SHA256SUMS line. No
 * site ever served the first bytes: what every build has published is the
 * amended folder.
 */
const AMENDED_BEFORE_SERVED: readonly { file: string; from: string; to: string }[] = [
  {
    file: "1.0.0/datapackage.json",
    from: "5844815bff9477ffa898f9c2f0d912f6e6be4c86",
    to: "5998397c3db4c85b78d9dfc3ba6da47f8b02a043",
  },
  {
    file: "1.0.0/SHA256SUMS",
    from: "bfc340b693996d920f24834a8443c51381e2be69",
    to: "d638b177137db682d43b3307caf518d26dcfddf5",
  },
];
const amended = (file: string, from: string, to: string) =>
  AMENDED_BEFORE_SERVED.some((a) => a.file === file && a.from === from && a.to === to);

const git = (cwd: string, args: readonly string[]): string =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Git's object id of `bytes` as a blob, in the repository's hash (sha1 or sha256). */
const blobId = (bytes: Uint8Array, algorithm: string): string =>
  createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");

/** Files under `dir`, as paths relative to it with `/`, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(dir.length + 1)
        .replaceAll("\\", "/"),
    )
    .sort();
}

/**
 * Each published release folder (`<root>/<version>/`) byte for byte as the
 * commit that first added a file to it wrote it: no file changed, none
 * added, none removed. SHA256SUMS alone cannot say so (an editor who changes
 * a CSV can recompute them); git history can, and a clone carries it.
 *
 * A shallow clone lacks the commits to compare with: that is a problem (CI
 * must fetch the whole history), not a pass. A tree outside git (a source
 * archive) cannot be checked at all: it is skipped with a notice, so that
 * such a copy still builds, its releases still checked against their
 * SHA256SUMS; every clone, and so CI, runs the check. A folder no commit
 * has added yet is a release just cut and not yet committed: nothing to
 * compare it with.
 */
export function checkReleasesImmutable(root: string = RELEASES_DIR): ImmutabilityReport {
  if (!existsSync(root)) return { problems: [] };
  let inside: string;
  try {
    inside = git(root, ["rev-parse", "--is-inside-work-tree"]).trim();
  } catch {
    inside = "false";
  }
  if (inside !== "true")
    return {
      problems: [],
      skipped: `${root} is not in a git repository: the published releases were checked against their SHA256SUMS only, not against the commits that published them (clone the repository to check them)`,
    };
  if (git(root, ["rev-parse", "--is-shallow-repository"]).trim() === "true")
    return {
      problems: [
        `${root}: this clone is shallow, so the commits that published the releases are missing and the releases cannot be checked against them; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
      ],
    };
  const algorithm = git(root, ["rev-parse", "--show-object-format"]).trim() || "sha1";
  const problems: string[] = [];
  const versions = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && semver.valid(d.name) === d.name)
    .map((d) => d.name)
    .sort(semver.compare);
  for (const version of versions) {
    const dir = join(root, version);
    const first = git(dir, ["log", "--diff-filter=A", "--reverse", "--format=%H", "--", "."])
      .split("\n")
      .find(Boolean);
    if (!first) continue;
    const short = first.slice(0, 7);
    const prefix = git(dir, ["rev-parse", "--show-prefix"]).trim();
    const committed = new Map<string, string>();
    for (const entry of git(dir, ["ls-tree", "-r", "-z", "--full-name", first, "--", "."]).split(
      "\0",
    )) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (m) committed.set((m[2] as string).slice(prefix.length), m[1] as string);
    }
    const present = filesUnder(dir);
    const restore = (name: string) => `git checkout ${short} -- ${dir}/${name}`;
    for (const [name, id] of committed) {
      if (!present.includes(name))
        problems.push(
          `${dir}/${name} is missing: release ${version} as published (commit ${short}) has it, and a published release never changes; restore it (${restore(name)})`,
        );
      else {
        const now = blobId(readFileSync(join(dir, name)), algorithm);
        if (now !== id && !amended(`${version}/${name}`, id, now))
          problems.push(
            `${dir}/${name} differs from release ${version} as published (commit ${short}): a published release never changes, even with its SHA256SUMS recomputed; restore it (${restore(name)}) and record the change in data/corrections.csv`,
          );
      }
    }
    for (const name of present)
      if (!committed.has(name))
        problems.push(
          `${dir}/${name} was not in release ${version} as published (commit ${short}): a published release never changes; remove the file`,
        );
  }
  return { problems };
}
