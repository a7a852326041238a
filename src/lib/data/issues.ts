/** One problem in the input, located so that a person can fix it. */
export interface DataIssue {
  file: string;
  /** 1-based line in the file; the header is line 1. Absent for whole-file problems. */
  line?: number;
  /** 1-based column number and its name, when the problem is in one cell. */
  column?: number;
  columnName?: string;
  message: string;
}

/** "data/observations.csv:4:5 (value): must be a plain number" */
export function formatIssue(issue: DataIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.column !== undefined) where += `:${issue.column}`;
  const col = issue.columnName ? ` (column ${issue.columnName})` : "";
  return `${where}${col}: ${issue.message}`;
}

/** How many problems are listed one by one; the rest are counted. */
export const LISTED_ISSUES = 200;

/**
 * Every problem, or with more than `limit` of them the first `limit` and a
 * count by file and column, so that thousands of problems neither scroll a
 * terminal away nor get cut off in a CI log, and still say where they are.
 */
export function formatIssues(issues: readonly DataIssue[], limit = LISTED_ISSUES): string {
  const head =
    `${issues.length} problem${issues.length === 1 ? "" : "s"} in the data:\n` +
    issues
      .slice(0, limit)
      .map((i) => `  ${formatIssue(i)}`)
      .join("\n");
  if (issues.length <= limit) return head;
  const counts = new Map<string, number>();
  for (const i of issues) {
    const key = `${i.file} ${i.columnName ? `column ${i.columnName}` : "rows and header"}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const table = [...counts].map(([key, n]) => `  ${key}: ${n}`).join("\n");
  return `${head}\n  … and ${issues.length - limit} more. All ${issues.length} by file and kind:\n${table}`;
}

/** Thrown when input data has problems; carries every one of them. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(formatIssues(issues));
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
