import "server-only";
import { byNewest } from "../article";
import { createBodyStore, type BodyStore } from "./body-store";
import { watchForChanges } from "./change-watch";
import { analyzeContent, contentErrors, type ContentPaths } from "./pipeline/analyze";
import type { FileOutcome } from "./pipeline/article-file";
import type { AuthorOutcome } from "./pipeline/author-file";
import { ContentError, formatProblem, isError } from "./pipeline/problems";
import { contentUnchanged } from "./pipeline/unchanged";
import type { Article, Author } from "./schema";

export type LiveContentOptions = {
  /** Throw on any content error (the build) instead of serving what is good. */
  strict: boolean;
  /** How long a scan of the content folder is trusted before files are checked again. */
  rescanAfterMs: number;
  log?: (message: string) => void;
  clock?: () => number;
  /** Where rendered bodies are kept: by default a body store of its own. */
  bodies?: BodyStore;
  /**
   * Watch the content folders and skip a rescan when the system reported no
   * change, checking every file anyway once `fullRescanAfterMs` has passed
   * (events can be missed, on network file systems say).
   */
  watch?: { fullRescanAfterMs: number };
  /**
   * Answer with the current content while a rescan runs, instead of making
   * the request that started it wait (a running server: a full check of
   * 50,000 files takes seconds). A rescan that fails is logged, and the
   * content it would have replaced stays.
   */
  serveWhileScanning?: boolean;
};

export type Snapshot = { articles: Article[]; authors: Author[] };

/**
 * "served": what the server has, checked again at most every
 * `rescanAfterMs` (and, with `serveWhileScanning`, without waiting for that
 * check). "asSaved": the files as they are now, waiting for a scan when any
 * change may have been made since the last one: an editor's preview of a
 * file just saved must show it, not the version a reader may still get for
 * a few seconds.
 */
export type Freshness = "served" | "asSaved";

export type LiveContent = {
  /**
   * Every article (newest first), drafts and scheduled ones included. The
   * array stays the same object while nothing changes, so caches built from it
   * (the search index) can be kept per array.
   */
  articles(freshness?: Freshness): Promise<Article[]>;
  /** Every author, by id. */
  authors(): Promise<Author[]>;
  /** How many times the content folders were listed and checked so far. */
  readonly scans: number;
};

type Outcome = { file: string; stamp: string; problems: FileOutcome["problems"] };

/**
 * The articles and authors of a content folder, kept current while the server
 * runs: changed files are re-read (unchanged ones are not), new files appear,
 * deleted ones go. In lenient mode a file that breaks keeps its last good
 * version on the site, and the problem is logged once with the file and reason.
 */
export function createLiveContent(paths: ContentPaths, options: LiveContentOptions): LiveContent {
  const log = options.log ?? ((message: string) => console.error(message));
  const clock = options.clock ?? Date.now;
  const bodies = options.bodies ?? createBodyStore();
  let articleOutcomes = new Map<string, FileOutcome>();
  let authorOutcomes = new Map<string, AuthorOutcome>();
  const lastGoodArticles = new Map<string, Article>();
  const lastGoodAuthors = new Map<string, Author>();
  const reported = new Set<string>();
  // `at`: when the snapshot was last confirmed; `scannedAt`: when files were last checked.
  let current: { at: number; scannedAt: number; snapshot: Snapshot } | undefined;
  const watch = options.watch && {
    fullRescanAfterMs: options.watch.fullRescanAfterMs,
    changes: watchForChanges([paths.articlesDir, paths.authorsDir, paths.publicDir], log),
  };
  let pending: Promise<Snapshot> | undefined;

  let scans = 0;

  async function scan(): Promise<Snapshot> {
    scans += 1;
    // Most rescans of a running server find nothing new: then nothing is analyzed,
    // compared or sorted again, whatever the size of the archive.
    if (
      current &&
      (await contentUnchanged(paths, { articles: articleOutcomes, authors: authorOutcomes }))
    ) {
      return current.snapshot;
    }
    const scanned = await analyzeContent(
      paths,
      { articles: articleOutcomes, authors: authorOutcomes },
      { keepBody: bodies.keep },
    );
    articleOutcomes = new Map(scanned.articles.map((outcome) => [outcome.file, outcome]));
    authorOutcomes = new Map(scanned.authors.map((outcome) => [outcome.file, outcome]));
    if (options.strict) {
      const broken = contentErrors(scanned);
      if (broken.length > 0) throw new ContentError(broken);
    }
    const authors = keepGood(scanned.authors, (outcome) => outcome.author, lastGoodAuthors);
    const articles = keepGood(scanned.articles, (outcome) => outcome.article, lastGoodArticles);
    bodies.retain(articles.map((article) => article.body));
    return {
      articles: sameOrNew(current?.snapshot.articles, articles.sort(byNewest)),
      authors: sameOrNew(current?.snapshot.authors, authors.sort((a, b) => a.id.localeCompare(b.id))),
    };
  }

  /** The good value of each file, or its last good one (and the problem, logged once). */
  function keepGood<O extends Outcome, T>(
    outcomes: readonly O[],
    valueOf: (outcome: O) => T | undefined,
    lastGood: Map<string, T>,
  ): T[] {
    const files = new Set(outcomes.map((outcome) => outcome.file));
    for (const file of lastGood.keys()) if (!files.has(file)) lastGood.delete(file);
    const values: T[] = [];
    for (const outcome of outcomes) {
      const value = valueOf(outcome);
      if (value) {
        lastGood.set(outcome.file, value);
        values.push(value);
        continue;
      }
      const fallback = lastGood.get(outcome.file);
      if (fallback) values.push(fallback);
      reportOnce(outcome, fallback !== undefined);
    }
    return values;
  }

  function reportOnce(outcome: Outcome, keptPrevious: boolean) {
    const key = `${outcome.file}@${outcome.stamp}`;
    if (reported.has(key)) return;
    reported.add(key);
    const action = keptPrevious ? "still serving its previous version" : "not published";
    const details = outcome.problems
      .filter(isError)
      .map((problem) => `  ${formatProblem(outcome.file, problem)}`);
    log([`Content problem in ${outcome.file} (${action}):`, ...details].join("\n"));
  }

  async function snapshot(freshness: Freshness): Promise<Snapshot> {
    const asSaved = freshness === "asSaved";
    if (asSaved) {
      // A scan already running may have started before the latest save.
      if (pending) await pending.catch(() => undefined);
    } else if (current && clock() - current.at < options.rescanAfterMs) {
      return current.snapshot;
    }
    if (
      current &&
      watch &&
      !pending &&
      clock() - current.scannedAt < watch.fullRescanAfterMs &&
      !watch.changes.takeChanges()
    ) {
      current.at = clock();
      return current.snapshot;
    }
    // Trusted from when the scan started: edits made during a scan are seen by the next one.
    const startedAt = clock();
    const serving = options.serveWhileScanning === true ? current : undefined;
    if (!pending) {
      pending = scan()
        .then((scanned) => {
          current = { at: startedAt, scannedAt: startedAt, snapshot: scanned };
          return scanned;
        })
        .finally(() => {
          pending = undefined;
        });
      if (serving) {
        pending.catch((error: unknown) => {
          // Tried again after the interval, checking every file; the old content stays meanwhile.
          serving.at = startedAt;
          serving.scannedAt = Number.NEGATIVE_INFINITY;
          log(`Rescanning the content failed (still serving what was loaded before): ${String(error)}`);
        });
      }
    }
    if (!serving) return pending;
    // A failed rescan is logged above; the content it would have replaced stays.
    return asSaved ? pending.catch(() => serving.snapshot) : serving.snapshot;
  }

  return {
    async articles(freshness = "served") {
      return (await snapshot(freshness)).articles;
    },
    async authors() {
      return (await snapshot("served")).authors;
    },
    get scans() {
      return scans;
    },
  };
}

/** The previous array when it holds the very same items in the same order. */
function sameOrNew<T>(previous: T[] | undefined, next: T[]): T[] {
  if (previous && previous.length === next.length && previous.every((item, i) => item === next[i])) {
    return previous;
  }
  return next;
}
