import "server-only";
import type { FileOutcome } from "./article-file";
import { byNewest } from "./assemble";
import { analyzeContent, contentErrors, type ContentPaths } from "./load";
import { ContentError, formatProblem, isError } from "./problems";
import type { Article } from "./schema";

export type LiveContentOptions = {
  /** Throw on any content error (the build) instead of serving what is good. */
  strict: boolean;
  /** How long a scan of the content folder is trusted before files are checked again. */
  rescanAfterMs: number;
  log?: (message: string) => void;
  clock?: () => number;
};

export type LiveContent = { articles(): Promise<Article[]> };

/**
 * The articles of a content folder, kept current while the server runs:
 * changed files are re-read (unchanged ones are not), new files appear,
 * deleted ones go. In lenient mode a file that breaks keeps its last good
 * version on the site, and the problem is logged once with the file and reason.
 */
export function createLiveContent(paths: ContentPaths, options: LiveContentOptions): LiveContent {
  const log = options.log ?? ((message: string) => console.error(message));
  const clock = options.clock ?? Date.now;
  let outcomes = new Map<string, FileOutcome>();
  const lastGood = new Map<string, Article>();
  const reported = new Set<string>();
  let current: { at: number; articles: Article[] } | undefined;
  let pending: Promise<Article[]> | undefined;

  async function scan(): Promise<Article[]> {
    const scanned = await analyzeContent(paths, outcomes);
    outcomes = new Map(scanned.map((outcome) => [outcome.file, outcome]));
    if (options.strict) {
      const broken = contentErrors(scanned);
      if (broken.length > 0) throw new ContentError(broken);
    }
    for (const file of lastGood.keys()) if (!outcomes.has(file)) lastGood.delete(file);
    const articles: Article[] = [];
    for (const outcome of scanned) {
      if (outcome.article) {
        lastGood.set(outcome.file, outcome.article);
        articles.push(outcome.article);
        continue;
      }
      const fallback = lastGood.get(outcome.file);
      if (fallback) articles.push(fallback);
      reportOnce(outcome, fallback !== undefined);
    }
    return articles.sort(byNewest);
  }

  function reportOnce(outcome: FileOutcome, keptPrevious: boolean) {
    const key = `${outcome.file}@${outcome.stamp}`;
    if (reported.has(key)) return;
    reported.add(key);
    const action = keptPrevious ? "still serving its previous version" : "not published";
    const details = outcome.problems.filter(isError).map((problem) => `  ${formatProblem(outcome.file, problem)}`);
    log([`Content problem in ${outcome.file} (${action}):`, ...details].join("\n"));
  }

  return {
    async articles() {
      if (current && clock() - current.at < options.rescanAfterMs) return current.articles;
      // Trusted from when the scan started: edits made during a scan are seen by the next one.
      const startedAt = clock();
      pending ??= scan()
        .then((articles) => {
          current = { at: startedAt, articles };
          return articles;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
  };
}
