import type { Article } from "../content/schema";
import { groupBy } from "../group-by";

/** The articles of each section, tag and author, each list in the order of the array given. */
export type ListingGroups = {
  section(slug: string): readonly Article[];
  tag(tag: string): readonly Article[];
  author(id: string): readonly Article[];
  /** Every tag used, alphabetically. */
  readonly tags: readonly string[];
};

const groupsByArray = new WeakMap<readonly Article[], ListingGroups>();
const none: readonly Article[] = [];

/**
 * Sorts the articles into their sections, tags and authors once per array:
 * the proxy asks whether a listing page exists on every request, and
 * filtering 5,000 articles for it was most of a cached listing page's CPU
 * (docs/performance.md, "Serving"). The content store's visible array stays
 * the same object until something is published, expires or changes, so the
 * groups last as long.
 */
export function listingGroups(articles: readonly Article[]): ListingGroups {
  const known = groupsByArray.get(articles);
  if (known) return known;
  const bySection = groupBy(articles, (article) => [article.section]);
  const byTag = groupBy(articles, (article) => article.tags);
  const byAuthor = groupBy(articles, (article) => article.authors);
  const groups: ListingGroups = {
    section: (slug) => bySection.get(slug) ?? none,
    tag: (tag) => byTag.get(tag) ?? none,
    author: (id) => byAuthor.get(id) ?? none,
    tags: [...byTag.keys()].sort(),
  };
  groupsByArray.set(articles, groups);
  return groups;
}
