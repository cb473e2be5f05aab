import type { Article } from "../content/schema";

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
  const bySection = new Map<string, Article[]>();
  const byTag = new Map<string, Article[]>();
  const byAuthor = new Map<string, Article[]>();
  const add = (map: Map<string, Article[]>, key: string, article: Article) => {
    const list = map.get(key);
    if (list) list.push(article);
    else map.set(key, [article]);
  };
  for (const article of articles) {
    add(bySection, article.section, article);
    for (const tag of new Set(article.tags)) add(byTag, tag, article);
    for (const id of new Set(article.authors)) add(byAuthor, id, article);
  }
  const groups: ListingGroups = {
    section: (slug) => bySection.get(slug) ?? none,
    tag: (tag) => byTag.get(tag) ?? none,
    author: (id) => byAuthor.get(id) ?? none,
    tags: [...byTag.keys()].sort(),
  };
  groupsByArray.set(articles, groups);
  return groups;
}
