import { byNewest } from "../content/assemble";
import type { Article } from "../content/schema";

/**
 * What crawlers and feed readers may see at `now`: never a draft (not even in
 * development, where pages show drafts), nothing before its publication time.
 */
export function isPublishedAt(article: Article, now: Date): boolean {
  return !article.draft && Date.parse(article.publishedAt) <= now.getTime();
}

/** The articles published at `now`, newest first. */
export function publishedArticles(articles: readonly Article[], now: Date): Article[] {
  return articles.filter((article) => isPublishedAt(article, now)).sort(byNewest);
}

/** When an article last changed: its update time, else its publication time (as written, with offset). */
export function modifiedAt(article: Article): string {
  return article.updatedAt ?? article.publishedAt;
}

/** The latest of several ISO 8601 times (compared as instants), or undefined for none. */
export function latest(times: readonly string[]): string | undefined {
  let newest: string | undefined;
  for (const time of times) {
    if (newest === undefined || Date.parse(time) > Date.parse(newest)) newest = time;
  }
  return newest;
}
