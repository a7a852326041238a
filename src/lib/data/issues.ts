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

/** Thrown when input data has problems; carries every one of them. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in the data:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join("\n"),
    );
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
