import "server-only";
import { analyzeContent, type ContentPaths } from "../pipeline/analyze";
import { formatProblem, isError, type Problem } from "../pipeline/problems";

/** What `npm run content:check` reports: every problem with its file, and the counts. */
export type CheckReport = {
  problems: (Problem & { file: string })[];
  summary: { files: number; filesWithProblems: number; errors: number; warnings: number };
};

/**
 * Checks every author and article file the way the build does, without
 * rendering bodies to HTML (nothing is published here; the checks look at
 * the Markdown tree, never at the HTML).
 */
export async function checkContent(paths: ContentPaths): Promise<CheckReport> {
  const scanned = await analyzeContent(paths, {}, { render: false });
  const outcomes = [...scanned.authors, ...scanned.articles];
  const problems = outcomes.flatMap((outcome) =>
    outcome.problems.map((problem) => ({ file: outcome.file, ...problem })),
  );
  const errors = problems.filter(isError).length;
  return {
    problems,
    summary: {
      files: outcomes.length,
      filesWithProblems: outcomes.filter((outcome) => outcome.problems.length > 0).length,
      errors,
      warnings: problems.length - errors,
    },
  };
}

/** The report as text: one `path:line:column  rule  message` line per problem, then the counts. */
export function formatCheckReport(report: CheckReport): string {
  const lines = report.problems.map((problem) => formatProblem(problem.file, problem));
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const { errors, warnings, files } = report.summary;
  lines.push(
    `${lines.length > 0 ? "\n" : ""}${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(files, "file")} checked.`,
  );
  return lines.join("\n");
}
