import { isVisibleAt } from "../article";
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
  let until = Number.POSITIVE_INFINITY;
  const visible: Article[] = [];
  for (const article of articles) {
    if (isVisibleAt(article, now, options)) visible.push(article);
    const changes = [Date.parse(article.publishedAt)];
    if (article.expiresAt !== undefined) changes.push(Date.parse(article.expiresAt));
    for (const at of changes) {
      if (at <= time) from = Math.max(from, at);
      else until = Math.min(until, at);
    }
  }
  return { from, until, articles: visible };
}
