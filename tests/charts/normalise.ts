import { roundNumbers } from "../../src/render/normalise-svg.ts";

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
