import { nextVisibilityChange } from "../article";
import type { Article } from "../content/schema";
import type { FullTextIndex } from "./full-text-index";
import { normalizeQuery } from "./query";

export type SearchHit = { article: Article; score: number; terms: string[] };

/**
 * Search over what readers may see at a time, with the work bounded:
 * - the index (lib/search/full-text-index.ts) holds visible articles only
 *   (drafts, scheduled and expired ones never enter it), and is brought up to
 *   date when the content changes (a new articles array) or when an
 *   article's visibility does (a scheduled time, an expiry);
 * - results are kept per normalised query for that content, at most
 *   `maxQueries` of them (least recently used dropped first), for at most
 *   `resultsForMs` (recency weighs into the ranking).
 */
export type SearchCache = {
  search(
    articles: readonly Article[],
    rawQuery: string,
    now: Date,
    isVisible: (article: Article, now: Date) => boolean,
  ): Promise<SearchHit[]>;
  /**
   * Starts bringing the index up to date with `articles` as `search` would
   * (if that is not already under way) and says where it stands, without
   * waiting: the server asks at start, so that its first reader need not
   * wait for a large archive to be indexed.
   */
  prepare(
    articles: readonly Article[],
    now: Date,
    isVisible: (article: Article, now: Date) => boolean,
  ): IndexState;
  /** How many times the index was brought up to date (each content or visibility change). */
  readonly syncs: number;
};

/** Whether the index holds the content asked about, is being brought up to date, or failed to be. */
export type IndexState =
  { state: "ready" } | { state: "preparing" } | { state: "failed"; reason: string };

type Entry = {
  articles: readonly Article[];
  visible: ReadonlyMap<string, Article>;
  builtAt: number;
  validUntil: number;
  ready: Promise<void>;
  /** Set once `ready` resolved: the index holds this entry's articles. */
  indexed: boolean;
  results: Map<string, { hits: SearchHit[]; at: number }>;
};

/**
 * The index is still being filled (a large archive's first sync takes a
 * while: "search ready" in docs/performance.md): the reader is told to come
 * back rather than kept waiting behind it. The sync goes on.
 */
export class SearchNotReady extends Error {
  constructor(waitedMs: number) {
    super(`The search index is still being brought up to date (waited ${waitedMs} ms).`);
    this.name = "SearchNotReady";
  }
}

export type SearchCacheOptions = {
  maxQueries: number;
  resultsForMs: number;
  /** How long a search waits for the index to be brought up to date before SearchNotReady. */
  waitForIndexMs: number;
};

/** How long `prepare` waits after a failed sync before it starts another. */
export const PREPARE_RETRY_MS = 30_000;

export function createSearchCache(
  index: FullTextIndex,
  options: SearchCacheOptions = { maxQueries: 1000, resultsForMs: 60_000, waitForIndexMs: 5_000 },
): SearchCache {
  // The index holds one set of articles, so only the newest content's entry is kept.
  let current: Entry | undefined;
  let syncs = 0;
  // Reported while the next attempt runs, until one succeeds; `attemptAt`: when the failed one began.
  let lastFailure: { reason: string; attemptAt: number } | undefined;

  function entryAt(articles: readonly Article[], now: Date, isVisible: SearchVisibility): Entry {
    const time = now.getTime();
    if (
      current &&
      current.articles === articles &&
      time >= current.builtAt &&
      time < current.validUntil
    ) {
      return current;
    }
    const visible = articles.filter((article) => isVisible(article, now));
    const entry: Entry = {
      articles,
      visible: new Map(visible.map((article) => [article.slug, article])),
      builtAt: time,
      validUntil: nextVisibilityChange(articles, now),
      ready: index.sync(visible),
      indexed: false,
      results: new Map(),
    };
    syncs += 1;
    current = entry;
    // A failed sync fails the searches waiting for it; the next search tries again.
    entry.ready.then(
      () => {
        entry.indexed = true;
        lastFailure = undefined;
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        lastFailure = { reason, attemptAt: entry.builtAt };
        if (current === entry) current = undefined;
      },
    );
    return entry;
  }

  return {
    async search(articles, rawQuery, now, isVisible) {
      const query = normalizeQuery(rawQuery);
      if (!query) return [];
      const entry = entryAt(articles, now, isVisible);
      const key = query.toLowerCase();
      const kept = entry.results.get(key);
      entry.results.delete(key);
      if (kept && now.getTime() - kept.at < options.resultsForMs) {
        entry.results.set(key, kept);
        return kept.hits;
      }
      if (!(await settlesWithin(entry.ready, options.waitForIndexMs))) {
        throw new SearchNotReady(options.waitForIndexMs);
      }
      const hits: SearchHit[] = [];
      for (const hit of await index.search(query, now)) {
        // The index may briefly hold articles another process indexed.
        const article = entry.visible.get(hit.slug);
        if (article) hits.push({ article, score: hit.score, terms: hit.terms });
      }
      entry.results.set(key, { hits, at: now.getTime() });
      if (entry.results.size > options.maxQueries) {
        const oldest = entry.results.keys().next();
        if (!oldest.done) entry.results.delete(oldest.value);
      }
      return hits;
    },
    prepare(articles, now, isVisible) {
      // A search tries a failed sync again at once; health checks (every few
      // seconds, from each load balancer) only once PREPARE_RETRY_MS have passed.
      if (!current && lastFailure && now.getTime() - lastFailure.attemptAt < PREPARE_RETRY_MS) {
        return { state: "failed", reason: lastFailure.reason };
      }
      if (entryAt(articles, now, isVisible).indexed) return { state: "ready" };
      return lastFailure ? { state: "failed", reason: lastFailure.reason } : { state: "preparing" };
    },
    get syncs() {
      return syncs;
    },
  };
}

type SearchVisibility = (article: Article, now: Date) => boolean;

/** Whether `promise` settles within `ms` (a rejection is thrown as it is). */
async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
