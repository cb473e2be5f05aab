import { nextVisibilityChange } from "../article";
import type { Article } from "../content/schema";
import { buildSearchIndex, searchArticles, type SearchHit, type SearchIndex } from "./index";
import { normalizeQuery } from "./query";

/**
 * Search over what readers may see at a time, with the work bounded:
 * - the index holds visible articles only (drafts, scheduled and expired ones
 *   never enter it), and is rebuilt when the content changes (a new articles
 *   array) or when an article's visibility does (a scheduled time, an expiry);
 * - results are kept per normalised query for that index, at most
 *   `maxQueries` of them (least recently used dropped first), for at most
 *   `resultsForMs` (recency weighs into the ranking).
 */
export type SearchCache = {
  search(
    articles: readonly Article[],
    rawQuery: string,
    now: Date,
    isVisible: (article: Article, now: Date) => boolean,
  ): SearchHit[];
  /** How many indexes were built so far (each content or visibility change makes one). */
  readonly indexesBuilt: number;
};

type Entry = {
  index: SearchIndex;
  builtAt: number;
  validUntil: number;
  results: Map<string, { hits: SearchHit[]; at: number }>;
};

export function createSearchCache(
  options: { maxQueries: number; resultsForMs: number } = {
    maxQueries: 1000,
    resultsForMs: 60_000,
  },
): SearchCache {
  const entries = new WeakMap<readonly Article[], Entry>();
  let indexesBuilt = 0;

  function entryAt(articles: readonly Article[], now: Date, isVisible: SearchVisibility): Entry {
    const time = now.getTime();
    const cached = entries.get(articles);
    if (cached && time >= cached.builtAt && time < cached.validUntil) return cached;
    const entry: Entry = {
      index: buildSearchIndex(articles.filter((article) => isVisible(article, now))),
      builtAt: time,
      validUntil: nextVisibilityChange(articles, now),
      results: new Map(),
    };
    indexesBuilt += 1;
    entries.set(articles, entry);
    return entry;
  }

  return {
    search(articles, rawQuery, now, isVisible) {
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
      const hits = searchArticles(entry.index, query, { now });
      entry.results.set(key, { hits, at: now.getTime() });
      if (entry.results.size > options.maxQueries) {
        const oldest = entry.results.keys().next();
        if (!oldest.done) entry.results.delete(oldest.value);
      }
      return hits;
    },
    get indexesBuilt() {
      return indexesBuilt;
    },
  };
}

type SearchVisibility = (article: Article, now: Date) => boolean;
