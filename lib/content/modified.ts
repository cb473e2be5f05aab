import type { Article } from "./schema";

/**
 * When the article last changed for readers: the latest of its publication,
 * its update and its corrections. Feeds `dateModified` and sitemaps.
 */
export function modifiedAt(article: Article): string {
  const candidates = [
    article.publishedAt,
    ...(article.updatedAt ? [article.updatedAt] : []),
    ...article.corrections.map((correction) => correction.date),
  ];
  return candidates.reduce((latest, candidate) =>
    Date.parse(candidate) > Date.parse(latest) ? candidate : latest,
  );
}
