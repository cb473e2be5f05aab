import type { Article } from "./schema";

/**
 * Whether readers may see an article at `now`: published already, not yet
 * expired, and not a draft (unless drafts are asked for, as in development).
 */
export function isVisibleAt(
  article: Article,
  now: Date,
  options: { includeDrafts?: boolean } = {},
): boolean {
  if (article.draft && !options.includeDrafts) return false;
  const time = now.getTime();
  if (Date.parse(article.publishedAt) > time) return false;
  return article.expiresAt === undefined || Date.parse(article.expiresAt) > time;
}

/** Whether an article is set to appear later than `now`. */
export function isScheduled(article: Article, now: Date = new Date()): boolean {
  return Date.parse(article.publishedAt) > now.getTime();
}
