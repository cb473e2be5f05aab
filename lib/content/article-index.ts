import { groupBy } from "../group-by";
import type { Article } from "./schema";

/** The articles under each slug and each former slug, in the order of the array they came from. */
export type ArticleIndex = {
  bySlug: ReadonlyMap<string, readonly Article[]>;
  byAlias: ReadonlyMap<string, readonly Article[]>;
};

const indexes = new WeakMap<readonly Article[], ArticleIndex>();

/**
 * Looks up articles by slug and by former slug without going through the
 * archive: the proxy asks for an article on every request, and a scan of
 * 5,000 articles for the oldest one cost about half a millisecond of CPU per
 * request (docs/performance.md, "Serving"). Made once per array: the content
 * store's array stays the same object while nothing changes. A slug maps to
 * a list, not one article, because a running server may briefly hold two
 * (a file renamed onto another's slug keeps its last good version).
 */
export function articleIndex(articles: readonly Article[]): ArticleIndex {
  const known = indexes.get(articles);
  if (known) return known;
  const index = {
    bySlug: groupBy(articles, (article) => [article.slug]),
    byAlias: groupBy(articles, (article) => article.aliases),
  };
  indexes.set(articles, index);
  return index;
}
