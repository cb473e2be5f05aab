// `npm run content:check [-- <dir>] [--format json]`: checks every article
// and author file without building the site and prints every problem as
// `path:line:column  rule  message`. Exit code 1 when there is any error.
import { existsSync } from "node:fs";
import path from "node:path";
import { settings } from "../lib/config";
import { analyzeContent } from "../lib/content/load";
import { formatProblem, isError } from "../lib/content/problems";

function parseArguments(argv: string[]) {
  let format: "text" | "json" = "text";
  let dir: string | undefined;
  let publicDir = "public";
  let authorsDir: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--format") {
      const value = argv[++index];
      if (value !== "json" && value !== "text") throw new Error("--format takes json or text");
      format = value;
    } else if (argument === "--public") {
      const value = argv[++index];
      if (!value) throw new Error("--public takes the folder that image paths point into");
      publicDir = value;
    } else if (argument === "--authors") {
      const value = argv[++index];
      if (!value) throw new Error("--authors takes the folder of author files");
      authorsDir = value;
    } else if (argument === "--help" || argument === "-h") {
      console.log(
        "Usage: npm run content:check [-- <content dir>] [--format json] [--public <dir>] [--authors <dir>]",
      );
      process.exit(0);
    } else if (argument?.startsWith("-")) {
      throw new Error(`unknown option ${argument}`);
    } else {
      dir = argument;
    }
  }
  return { format, publicDir, authorsDir, dir: dir ?? settings().CONTENT_DIR };
}

/**
 * A content folder holds articles/ and authors/; a folder of Markdown files
 * is checked as it is, with the authors/ folder beside it.
 */
function articlesDirOf(dir: string): string {
  const absolute = path.resolve(dir);
  const nested = path.join(absolute, "articles");
  return existsSync(nested) ? nested : absolute;
}

async function main() {
  const { format, dir, publicDir, authorsDir } = parseArguments(process.argv.slice(2));
  const articlesDir = articlesDirOf(dir);
  if (!existsSync(articlesDir)) throw new Error(`no such folder: ${dir}`);
  // Nothing is published here, so bodies are checked but not rendered to HTML.
  const scanned = await analyzeContent(
    {
      articlesDir,
      authorsDir: authorsDir
        ? path.resolve(authorsDir)
        : path.join(path.dirname(articlesDir), "authors"),
      publicDir: path.resolve(publicDir),
    },
    {},
    { render: false },
  );
  const outcomes = [...scanned.authors, ...scanned.articles];
  const problems = outcomes.flatMap((outcome) =>
    outcome.problems.map((problem) => ({ file: outcome.file, ...problem })),
  );
  const errors = problems.filter(isError).length;
  const summary = {
    files: outcomes.length,
    filesWithProblems: outcomes.filter((outcome) => outcome.problems.length > 0).length,
    errors,
    warnings: problems.length - errors,
  };
  if (format === "json") {
    console.log(JSON.stringify({ problems, summary }, null, 2));
  } else {
    for (const outcome of outcomes) {
      for (const problem of outcome.problems) console.log(formatProblem(outcome.file, problem));
    }
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
    console.log(
      `${problems.length > 0 ? "\n" : ""}${plural(summary.errors, "error")} and ${plural(summary.warnings, "warning")} in ${plural(summary.files, "file")} checked.`,
    );
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`content:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
