import { createHash } from "node:crypto";

export const SUMS_FILE = "SHA256SUMS";

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** `sha256sum`-compatible listing ("<hex>  <name>"), sorted by name. */
export function formatSums(files: ReadonlyMap<string, Uint8Array>): string {
  return (
    [...files.keys()]
      .filter((name) => name !== SUMS_FILE)
      .sort()
      .map((name) => `${sha256(files.get(name) as Uint8Array)}  ${name}`)
      .join("\n") + "\n"
  );
}

/** Parses a SHA256SUMS listing into name → hex digest. */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) sums.set(m[2] as string, m[1] as string);
  }
  return sums;
}
