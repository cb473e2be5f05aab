import type { Article } from "../content/schema";
import { listingGroups } from "./groups";

type Scored = { candidate: Article; sharedTags: number; sameSection: boolean };

/**
 * "More on this story": articles sharing the most tags first, then others of
 * the same section, newest first within each group; never the article itself.
 * `candidates` are the published articles.
 *
 * Only the articles of the story's own tags are scored (grouped once per
 * candidates array, groups.ts), and the rest of its section only when they
 * are too few: every archived article's first request (and every article
 * the build prerenders) runs this, and scoring all 50,000 articles of the
 * bench for each was a third of the build's page generation. Each is kept
 * only if it ranks among the best `limit` so far, rather than sorting them all.
 */
export function relatedArticles(
  article: Article,
  candidates: readonly Article[],
  limit = 4,
): Article[] {
  const groups = listingGroups(candidates);
  const tags = new Set(article.tags);
  const best: Scored[] = [];
  const scored = new Set<Article>([article]);
  const consider = (candidate: Article) => {
    if (scored.has(candidate) || candidate.slug === article.slug) return;
    scored.add(candidate);
    let sharedTags = 0;
    for (const tag of candidate.tags) if (tags.has(tag)) sharedTags += 1;
    const sameSection = candidate.section === article.section;
    if (sharedTags === 0 && !sameSection) return;
    keepIfBest(best, { candidate, sharedTags, sameSection }, limit);
  };
  for (const tag of tags) for (const candidate of groups.tag(tag)) consider(candidate);
  // Every article sharing a tag ranks before any that shares none.
  if (best.length < limit)
    for (const candidate of groups.section(article.section)) consider(candidate);
  return best.map(({ candidate }) => candidate);
}

/** Inserts `scored` into `best` (in rank order, at most `limit` long) if it ranks among them. */
function keepIfBest(best: Scored[], scored: Scored, limit: number): void {
  const worst = best.at(-1);
  if (best.length >= limit && (!worst || ranksBefore(worst, scored))) return;
  let at = best.length;
  for (let above = best[at - 1]; above && ranksBefore(scored, above); above = best[at - 1]) at -= 1;
  best.splice(at, 0, scored);
  if (best.length > limit) best.pop();
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
