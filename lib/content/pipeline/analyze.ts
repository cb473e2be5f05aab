import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { imageSizeFromFile } from "image-size/fromFile";
import { settings } from "../../config";
import { analyzeArticleFile, type FileOutcome } from "./article-file";
import { analyzeAuthorFile, type AuthorOutcome } from "./author-file";
import { crossFileProblems } from "./cross-checks";
import { eventLoopTurns } from "./event-loop-turns";
import { mapLimited } from "./map-limited";
import { cachedImageSizeReader, type ImageSizeReader } from "./image-size-cache";
import { isError, type FileProblems } from "./problems";
import { listMarkdownFiles, readSource, type ContentFile } from "./read";
import { isReusable } from "./unchanged";
import { inlineBody, type BodyKeeper } from "../inline-body";

export type ContentPaths = {
  /** Folder of article Markdown files (searched recursively). */
  articlesDir: string;
  /** Folder of author files, <id>.md. */
  authorsDir: string;
  /** The site's public/ folder, where image paths point. */
  publicDir: string;
};

/** The content folders of CONTENT_DIR, and this project's public/ folder. */
export function contentPaths(contentDir: string = settings().CONTENT_DIR): ContentPaths {
  return {
    articlesDir: path.join(contentDir, "articles"),
    authorsDir: path.join(contentDir, "authors"),
    publicDir: path.join(process.cwd(), "public"),
  };
}

/** What one scan of the content folders found: every article file and every author file. */
export type ContentOutcomes = { articles: FileOutcome[]; authors: AuthorOutcome[] };

/** Previous outcomes by file, so unchanged files are not read again. */
export type PreviousOutcomes = {
  articles?: ReadonlyMap<string, FileOutcome>;
  authors?: ReadonlyMap<string, AuthorOutcome>;
};

/** Files analyzed at once (their image reads overlap), few enough to keep memory flat. */
const FILES_IN_FLIGHT = 32;

export type AnalyzeOptions = {
  /** false: check every file without making articles (content:check); outcomes carry no articles. */
  render?: boolean;
  /** Where bodies are kept until a page renders one (a running process's body store; by default, in memory). */
  keepBody?: BodyKeeper;
};

/**
 * Analyzes every author and article file: each file's own problems plus those
 * that need all files (duplicate slugs, alias collisions, broken links,
 * unknown authors). `previous` lets a long-running server reuse the outcome of
 * files that did not change.
 */
export async function analyzeContent(
  paths: ContentPaths,
  previous: PreviousOutcomes = {},
  { render = true, keepBody = inlineBody }: AnalyzeOptions = {},
): Promise<ContentOutcomes> {
  // One cache per scan: each image is read once, and again on the next scan.
  const readSize = cachedImageSizeReader(imageSizeFromFile);
  const authors = await analyzeAuthors(paths, previous.authors ?? new Map(), readSize);
  const authorIds = new Set(authors.flatMap((outcome) => (outcome.author ? [outcome.author.id] : [])));
  const files = await listMarkdownFiles(paths.articlesDir);
  const previousArticles = previous.articles ?? new Map();
  // Reading and checking a file is synchronous work (only a new image waits
  // for the disk): a running server loading 50,000 of them still answers
  // requests every few milliseconds.
  const turns = eventLoopTurns();
  const outcomes = await mapLimited(files, FILES_IN_FLIGHT, async (file) => {
    await turns.pass();
    return analyzeFile(file, paths, previousArticles, readSize, { render, keepBody });
  });
  const crossProblems = crossFileProblems(outcomes, authorIds);
  const articles = outcomes.map((outcome) => {
    const problems = [...outcome.problems, ...(crossProblems.get(outcome.file) ?? [])].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    return { ...outcome, problems, article: problems.some(isError) ? undefined : outcome.article };
  });
  return { articles, authors };
}

/** Every author file; a missing authors folder means no authors (articles naming one are errors). */
async function analyzeAuthors(
  paths: ContentPaths,
  previous: ReadonlyMap<string, AuthorOutcome>,
  readSize: ImageSizeReader,
): Promise<AuthorOutcome[]> {
  const files = existsSync(paths.authorsDir) ? await listMarkdownFiles(paths.authorsDir) : [];
  return Promise.all(
    files.map(async (file) => {
      const known = previous.get(file.file);
      if (isReusable(file, known)) return known;
      return analyzeAuthorFile(await readSource(file), paths.publicDir, readSize);
    }),
  );
}

async function analyzeFile(
  file: ContentFile,
  paths: ContentPaths,
  previous: ReadonlyMap<string, FileOutcome>,
  readSize: ImageSizeReader,
  { render, keepBody }: Required<AnalyzeOptions>,
): Promise<FileOutcome> {
  const known = previous.get(file.file);
  if (isReusable(file, known)) {
    return { ...known, problems: known.problems.filter((problem) => !isCrossFileRule(problem.rule)) };
  }
  return analyzeArticleFile(await readSource(file), paths.publicDir, readSize, render, keepBody);
}

const CROSS_FILE_RULES = new Set(["duplicate-slug", "alias-collision", "broken-link", "unknown-author"]);

function isCrossFileRule(rule: string): boolean {
  return CROSS_FILE_RULES.has(rule);
}

/** The errors of each file that has any, author files first. */
export function contentErrors(outcomes: ContentOutcomes): FileProblems[] {
  return [...outcomes.authors, ...outcomes.articles]
    .map(({ file, problems }) => ({ file, problems: problems.filter(isError) }))
    .filter(({ problems }) => problems.length > 0);
}
