import "server-only";
import path from "node:path";
import { analyzeArticleFile, type FileOutcome } from "./article-file";
import { byNewest } from "./assemble";
import { crossFileProblems } from "./cross-checks";
import { ContentError, isError, type FileProblems } from "./problems";
import { listMarkdownFiles, readSource, type ContentFile } from "./read";
import type { Article } from "./schema";

export type ContentPaths = {
  /** Folder of article Markdown files (searched recursively). */
  articlesDir: string;
  /** The site's public/ folder, where image paths point. */
  publicDir: string;
};

export function defaultContentPaths(): ContentPaths {
  const root = process.cwd();
  return {
    articlesDir: process.env.CONTENT_DIR
      ? path.resolve(process.env.CONTENT_DIR, "articles")
      : path.join(root, "content", "articles"),
    publicDir: path.join(root, "public"),
  };
}

/**
 * Analyzes every article file: each file's own problems plus those that need
 * all files (duplicate slugs, alias collisions, broken links). `previous`
 * lets a long-running server reuse the outcome of files that did not change.
 */
export async function analyzeContent(
  paths: ContentPaths,
  previous: ReadonlyMap<string, FileOutcome> = new Map(),
): Promise<FileOutcome[]> {
  const files = await listMarkdownFiles(paths.articlesDir);
  const outcomes = await Promise.all(files.map((file) => analyzeFile(file, paths, previous)));
  const crossProblems = crossFileProblems(outcomes);
  return outcomes.map((outcome) => {
    const problems = [...outcome.problems, ...(crossProblems.get(outcome.file) ?? [])].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    return { ...outcome, problems, article: problems.some(isError) ? undefined : outcome.article };
  });
}

async function analyzeFile(
  file: ContentFile,
  paths: ContentPaths,
  previous: ReadonlyMap<string, FileOutcome>,
): Promise<FileOutcome> {
  const known = previous.get(file.file);
  // A file with errors is looked at again: its missing image may have arrived.
  if (known && known.stamp === file.stamp && !known.problems.some(isError)) {
    return { ...known, problems: known.problems.filter((problem) => !isCrossFileRule(problem.rule)) };
  }
  return analyzeArticleFile(await readSource(file), paths.publicDir);
}

const CROSS_FILE_RULES = new Set(["duplicate-slug", "alias-collision", "broken-link"]);

function isCrossFileRule(rule: string): boolean {
  return CROSS_FILE_RULES.has(rule);
}

/** The errors of each file that has any. */
export function contentErrors(outcomes: readonly FileOutcome[]): FileProblems[] {
  return outcomes
    .map(({ file, problems }) => ({ file, problems: problems.filter(isError) }))
    .filter(({ problems }) => problems.length > 0);
}

/**
 * Loads, validates and renders every article, newest first. Throws a
 * ContentError naming every broken file and every problem in each.
 */
export async function loadArticles(paths: ContentPaths): Promise<Article[]> {
  const outcomes = await analyzeContent(paths);
  const broken = contentErrors(outcomes);
  if (broken.length > 0) throw new ContentError(broken);
  return outcomes.flatMap((outcome) => (outcome.article ? [outcome.article] : [])).sort(byNewest);
}
