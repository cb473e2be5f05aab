import type { Article } from "../content/schema";

/**
 * "More on this story": articles sharing the most tags first, then others of
 * the same section, newest first within each group; never the article itself.
 * `candidates` are the published articles.
 */
export function relatedArticles(
  article: Article,
  candidates: readonly Article[],
  limit = 4,
): Article[] {
  const tags = new Set(article.tags);
  const scored = candidates
    .filter((candidate) => candidate.slug !== article.slug)
    .map((candidate) => ({
      candidate,
      sharedTags: candidate.tags.filter((tag) => tags.has(tag)).length,
      sameSection: candidate.section === article.section,
    }))
    .filter(({ sharedTags, sameSection }) => sharedTags > 0 || sameSection);
  scored.sort(
    (a, b) =>
      b.sharedTags - a.sharedTags ||
      Number(b.sameSection) - Number(a.sameSection) ||
      Date.parse(b.candidate.publishedAt) - Date.parse(a.candidate.publishedAt) ||
      a.candidate.slug.localeCompare(b.candidate.slug),
  );
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}
