import { byNewest } from "../content/assemble";
import { isVisibleAt } from "../content/publication";
import type { Article } from "../content/schema";

/**
 * What crawlers and feed readers may see at `now`: never a draft (not even in
 * development, where pages show drafts), nothing before its publication time
 * or after its expiry.
 */
export function isPublishedAt(article: Article, now: Date): boolean {
  return isVisibleAt(article, now);
}

/** The articles published at `now`, newest first. */
export function publishedArticles(articles: readonly Article[], now: Date): Article[] {
  return articles.filter((article) => isPublishedAt(article, now)).sort(byNewest);
}

/** The latest of several ISO 8601 times (compared as instants), or undefined for none. */
export function latest(times: readonly string[]): string | undefined {
  let newest: string | undefined;
  for (const time of times) {
    if (newest === undefined || Date.parse(time) > Date.parse(newest)) newest = time;
  }
  return newest;
}
