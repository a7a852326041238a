import { rmSync, writeFileSync } from "node:fs";
import { expect } from "vitest";
import { roundNumbers } from "../../src/render/normalise-svg.ts";

// The one way an SVG is compared with a stored picture, for every SVG
// snapshot test (the charts' in tests/charts/, the timeline's in
// tests/unit/render/): pretty-printed (prettySvg), then vitest's file
// snapshot, and a -changed.svg beside the snapshot when they differ.

/**
 * An SVG as a snapshot: one tag or text per line, indented by depth,
 * attributes in source order, numbers rounded to 2 decimals. Two drawings
 * of the same picture give the same text, and a diff shows what moved.
 */
export function prettySvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.startsWith("</")) {
      depth = Math.max(0, depth - 1);
      lines.push("  ".repeat(depth) + token);
    } else if (token.startsWith("<")) {
      lines.push(
        "  ".repeat(depth) +
          // Identifiers (data-figure="h24info-2016.jobs…") are not numbers.
          token.replace(/([\w-]+)="([^"]*)"/g, (_, name: string, v: string) =>
            name.startsWith("data-") ? `${name}="${v}"` : `${name}="${roundNumbers(v)}"`,
          ),
      );
      if (!token.endsWith("/>") && !token.startsWith("<?") && !token.startsWith("<!")) depth++;
    } else if (token.trim()) lines.push("  ".repeat(depth) + token.trim());
  }
  return lines.join("\n") + "\n";
}

/**
 * Compares `svg`, pretty-printed, with the snapshot file `file` (an
 * absolute path ending in .svg) through vitest's file snapshots: a missing
 * snapshot fails under CI (vitest writes it only outside CI, or with `-u`,
 * for review); a different one fails and, as in Plot's own tests, leaves
 * <name>-changed.svg beside it to open and compare (never committed).
 */
export async function expectSvgSnapshot(file: string, svg: string): Promise<void> {
  const changed = file.replace(/\.svg$/, "-changed.svg");
  const actual = prettySvg(svg);
  try {
    await expect(actual).toMatchFileSnapshot(file);
  } catch (error) {
    writeFileSync(changed, actual);
    throw error;
  }
  rmSync(changed, { force: true });
}
