import { isVisibleAt, nextVisibilityChange } from "../article";
import type { Article } from "./schema";

/**
 * The articles visible at a moment, and the span of time around it in which
 * exactly those stay visible: visibility changes only when a publication or
 * expiry time passes, so one filtering of the archive serves every request
 * from `from` (inclusive) to `until` (exclusive).
 */
export type VisibleSet = { from: number; until: number; articles: readonly Article[] };

export function visibleSet(
  articles: readonly Article[],
  now: Date,
  options: { includeDrafts?: boolean } = {},
): VisibleSet {
  const time = now.getTime();
  let from = Number.NEGATIVE_INFINITY;
  const visible: Article[] = [];
  for (const article of articles) {
    if (isVisibleAt(article, now, options)) visible.push(article);
    for (const at of [article.publishedAt, article.expiresAt]) {
      if (at === undefined) continue;
      const instant = Date.parse(at);
      if (instant <= time) from = Math.max(from, instant);
    }
  }
  return { from, until: nextVisibilityChange(articles, now), articles: visible };
}
