/**
 * A release's DOI, once an archive (Zenodo) has given it one, is
 * configured per release in the environment: DATASET_DOI_2_1_0 for 2.1.0
 * (dots become underscores, as a variable name cannot hold them), the DOI
 * alone ("10.5281/zenodo.123", not its https://doi.org/ address). A
 * release without its variable has no DOI, and nothing is shown for it.
 */
export const doiVariable = (version: string): string =>
  `DATASET_DOI_${version.replaceAll(".", "_")}`;

/** A DOI: the prefix 10.<registrant>, a slash, a suffix without spaces. */
const DOI = /^10\.\d{4,9}\/\S+$/;

/** The DOI configured for `version`, or undefined; throws, naming the variable, on a value that is not a DOI. */
export function datasetDoi(
  version: string,
  env: Record<string, string | undefined>,
): string | undefined {
  const name = doiVariable(version);
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!DOI.test(value))
    throw new Error(
      `${name} "${value}" is not a DOI: give it as 10.<registrant>/<suffix>, e.g. 10.5281/zenodo.123`,
    );
  return value;
}

/** The address a DOI resolves at. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;
