export type Severity = "error" | "warning";

/** A place in a file, 1-based. */
export type Position = { line: number; column: number };

/** One thing wrong with a content file, said so an editor can fix it. */
export type Problem = Position & {
  /** Short stable name of the check that found it (see docs/editing.md). */
  rule: string;
  severity: Severity;
  /** The frontmatter field (dotted path) or part of the file concerned. */
  field: string;
  message: string;
};

export const START_OF_FILE: Position = { line: 1, column: 1 };

export function contentError(
  rule: string,
  field: string,
  message: string,
  at: Position = START_OF_FILE,
): Problem {
  return { rule, severity: "error", field, message, line: at.line, column: at.column };
}

export function contentWarning(
  rule: string,
  field: string,
  message: string,
  at: Position = START_OF_FILE,
): Problem {
  return { rule, severity: "warning", field, message, line: at.line, column: at.column };
}

/** The outcome of a pipeline step: a value, or every problem found. */
export type StepResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function success<T>(value: T): StepResult<T> {
  return { ok: true, value };
}

export function failure<T>(...problems: Problem[]): StepResult<T> {
  return { ok: false, problems };
}

export type FileProblems = { file: string; problems: Problem[] };

export function isError(problem: Problem): boolean {
  return problem.severity === "error";
}

/**
 * `path:line:column  rule  message`, the format editors' tools read (editors
 * can click it in most editors). Warnings say so at the start of the message.
 */
export function formatProblem(file: string, problem: Problem): string {
  const where = `${file}:${problem.line}:${problem.column}`;
  const label = problem.severity === "warning" ? "warning: " : "";
  return `${where}  ${problem.rule}  ${label}${problem.field}: ${problem.message}`;
}

/**
 * Thrown when content cannot be published. Lists every broken file and every
 * problem in each, so one build run tells an editor everything to fix.
 */
export class ContentError extends Error {
  readonly files: FileProblems[];

  constructor(files: FileProblems[]) {
    super(formatContentErrors(files));
    this.name = "ContentError";
    this.files = files;
  }
}

function formatContentErrors(files: FileProblems[]): string {
  const count = files.reduce((total, file) => total + file.problems.length, 0);
  const lines = [
    `Content has ${count} problem${count === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}` +
      " (run `npm run content:check` for details):",
  ];
  for (const { file, problems } of files) {
    for (const problem of problems) lines.push(`  ${formatProblem(file, problem)}`);
  }
  return lines.join("\n");
}
