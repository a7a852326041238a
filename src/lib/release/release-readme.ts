import { createRequire } from "node:module";
import { LAYOUT_CURRENT, layoutOf, specOf, type Layout } from "../../schemas/index.ts";
import { SUMS_FILE } from "./checksums.ts";
import type { ReleaseMeta } from "./datapackage.ts";
import { PACKAGE_NAME } from "./datapackage.ts";

/** The dataset's author, as it is cited: the team that compiles it, not the title. */
export const RELEASE_AUTHOR = "Équipe Technopark en chiffres";
const TITLE = "Technopark en chiffres";
const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/**
 * The legal code of CC BY 4.0, as the SPDX License List ships it (the npm
 * package spdx-license-list, itself CC0): the official text, so a release
 * folder carries its licence and stands alone.
 */
export function licenceText(): string {
  const require = createRequire(import.meta.url);
  const { licenseText } = require("spdx-license-list/licenses/CC-BY-4.0.json") as {
    licenseText: string;
  };
  return `${licenseText.trim()}\n`;
}

/**
 * README.md of a release folder: what it holds, every column from the
 * schemas' descriptions, how to cite it and how to check the files.
 */
export function releaseReadme(meta: ReleaseMeta, layout: Layout = LAYOUT_CURRENT): string {
  const tables = layout.tables.map((name) => {
    const spec = specOf(layout, name);
    const columns = spec.fields
      .map(
        (f) => `- \`${f.name}\` (${f.type}${f.required ? "" : ", may be empty"}): ${f.description}`,
      )
      .join("\n");
    return `### ${name}\n\n${spec.description}\n\n${columns}\n`;
  });
  return `# ${TITLE} ${meta.version}

Release ${meta.version} of the ${TITLE} dataset, published on ${meta.date}:
figures and events of Morocco's Technopark network, each quoted from a cited
source with its qualifier. A published release never changes.

${meta.note.trim()}

## Files

Each table comes three ways: \`<table>.csv\` (RFC 4180, UTF-8, CRLF; the
file programs read), \`<table>.json\` (the same rows as JSON) and
\`<table>-excel-fr.csv\` (for French-locale Excel: BOM, semicolons, decimal
comma, formula-like cells prefixed with '). \`datapackage.json\` describes
the tables as a Frictionless Tabular Data Package; \`CITATION.cff\` says how
to cite this release; \`LICENSE\` is the licence; \`${SUMS_FILE}\` lists the
SHA-256 of every other file.

## Tables and columns

${tables.join("\n")}
## How to cite

${RELEASE_AUTHOR}, *${TITLE}*, version ${meta.version} (${meta.date}),
licence CC BY 4.0. Cite the version you used: its figures never change.
CITATION.cff gives the same in the Citation File Format.

## Checking the files

\`sha256sum -c ${SUMS_FILE}\` (or \`shasum -a 256 -c ${SUMS_FILE}\`) in
this folder checks that every file is the one published.

## Licence

The data are licensed under Creative Commons Attribution 4.0 International
(CC BY 4.0, ${LICENCE_URL}): the full legal code is in LICENSE.
`;
}

/** CITATION.cff of a release folder: this version, its date, its author. */
export function releaseCitation(
  meta: ReleaseMeta,
  layout: Layout = layoutOf(meta.version),
): string {
  // Up to 2.0.x the `url` named the licence (as published, byte for byte);
  // from 2.1.0 it is the release's own page, when the site's public address
  // was known at release time (SITE_URL, zenodo.ts), else absent: never a
  // guess. The licence has its own field.
  const links =
    layout.id < 3
      ? `url: "${LICENCE_URL}"\n`
      : `license-url: "${LICENCE_URL}"\n` +
        (meta.archive?.releaseUrl ? `url: "${meta.archive.releaseUrl}"\n` : "");
  return `cff-version: 1.2.0
message: >-
  If you use these data, please cite this version: a published version
  never changes.
type: dataset
title: ${TITLE}
authors:
  - name: ${RELEASE_AUTHOR}
version: ${meta.version}
date-released: "${meta.date}"
license: CC-BY-4.0
${links}identifiers:
  - type: other
    value: ${PACKAGE_NAME}-${meta.version}
    description: The release's folder and zip name
`;
}
