/** One thing wrong with a content file, said so an editor can fix it. */
export type Problem = {
  /** The frontmatter field (dotted path) or part of the file concerned. */
  field: string;
  message: string;
};

/** The outcome of a pipeline step: a value, or every problem found. */
export type StepResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function success<T>(value: T): StepResult<T> {
  return { ok: true, value };
}

export function failure<T>(...problems: Problem[]): StepResult<T> {
  return { ok: false, problems };
}

export type FileProblems = { file: string; problems: Problem[] };

/**
 * Thrown when content cannot be published. Lists every broken file and every
 * problem in each, so one build run tells an editor everything to fix.
 */
export class ContentError extends Error {
  readonly files: FileProblems[];

  constructor(files: FileProblems[]) {
    super(formatContentProblems(files));
    this.name = "ContentError";
    this.files = files;
  }
}

export function formatContentProblems(files: FileProblems[]): string {
  const count = files.reduce((total, file) => total + file.problems.length, 0);
  const lines = [
    `Content has ${count} problem${count === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}:`,
  ];
  for (const { file, problems } of files) {
    lines.push(`  ${file}`);
    for (const problem of problems) lines.push(`    - ${problem.field}: ${problem.message}`);
  }
  return lines.join("\n");
}
