import type { Article } from "../content/schema";

type Scored = { candidate: Article; sharedTags: number; sameSection: boolean };

/**
 * "More on this story": articles sharing the most tags first, then others of
 * the same section, newest first within each group; never the article itself.
 * `candidates` are the published articles.
 *
 * One pass that keeps the best `limit` so far, rather than scoring, sorting
 * and cutting the whole archive: every archived article's first request
 * runs this over every published article (50,000 of them in the bench), and
 * sorting the thousands of same-section stories was most of that request.
 */
export function relatedArticles(
  article: Article,
  candidates: readonly Article[],
  limit = 4,
): Article[] {
  const tags = new Set(article.tags);
  const best: Scored[] = [];
  for (const candidate of candidates) {
    if (candidate.slug === article.slug) continue;
    let sharedTags = 0;
    for (const tag of candidate.tags) if (tags.has(tag)) sharedTags += 1;
    const sameSection = candidate.section === article.section;
    if (sharedTags === 0 && !sameSection) continue;
    const scored = { candidate, sharedTags, sameSection };
    const worst = best.at(-1);
    if (best.length >= limit && (!worst || ranksBefore(worst, scored))) continue;
    // Insert in rank order; the list is at most `limit` long.
    let at = best.length;
    for (let above = best[at - 1]; above && ranksBefore(scored, above); above = best[at - 1])
      at -= 1;
    best.splice(at, 0, scored);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}

/** Whether `a` is shown before `b`: more shared tags, then the same section, then newer, then by slug. */
function ranksBefore(a: Scored, b: Scored): boolean {
  const order =
    b.sharedTags - a.sharedTags ||
    Number(b.sameSection) - Number(a.sameSection) ||
    Date.parse(b.candidate.publishedAt) - Date.parse(a.candidate.publishedAt) ||
    a.candidate.slug.localeCompare(b.candidate.slug);
  return order < 0;
}
