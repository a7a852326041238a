import type { DataIssue } from "./issues.ts";

/** How a CSV record ends: Unix, Windows, or CR alone (classic Mac OS). */
export type LineEnd = "LF" | "CRLF" | "CR";

/**
 * Why the line ends of a file cannot be trusted, or undefined. LF and CRLF
 * are both fine, but not mixed: a file that switches (a CRLF header above LF
 * rows, say) has been pasted together from two editors, and the header's
 * last name would otherwise carry a stray CR. CR alone is refused outright,
 * since most tools read such a file as a single line.
 */
export function lineEndingIssue(
  file: string,
  ends: readonly { line: number; end: LineEnd }[],
): DataIssue | undefined {
  const cr = ends.find((e) => e.end === "CR");
  if (cr)
    return {
      file,
      line: cr.line,
      message: "ends its lines with CR alone (old Mac format): save it with LF or CRLF line ends",
    };
  const first = ends[0];
  const other = ends.find((e) => e.end !== first?.end);
  if (first && other)
    return {
      file,
      line: other.line,
      message: `line ${other.line} ends with ${other.end} but line ${first.line} ends with ${first.end}: save the file with one kind of line end`,
    };
  return undefined;
}
