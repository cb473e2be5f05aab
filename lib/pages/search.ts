import "server-only";
import type { Metadata } from "next";
import { contentStore } from "../content/store";
import type { Article } from "../content/schema";
import { pathTo } from "../routes";
import { buildSearchIndex, searchArticles, type SearchIndex } from "../search/index";
import { normalizeQuery } from "../search/query";
import { sections } from "../sections";
import { searchMetadata } from "../seo/metadata";
import { site } from "../site";
import { storyCard, type StoryCard } from "./cards";

/** The search page: the query as searched, and its results or a way on. */
export type SearchPageModel = {
  query: string;
  results: { card: StoryCard; terms: string[] }[];
  /** Offered when nothing matched. */
  sections: { slug: string; name: string; href: string }[];
  timeZone: string;
  searchAction: string;
};

export function searchPageMetadata(rawQuery: string | string[] | undefined): Metadata {
  return searchMetadata(normalizeQuery(rawQuery), site);
}

/**
 * The search index of one content snapshot. The store returns the same array
 * until a file changes, so the index is built once per change and dropped
 * with the snapshot.
 */
const indexes = new WeakMap<readonly Article[], SearchIndex>();

function indexOf(articles: readonly Article[]): SearchIndex {
  let index = indexes.get(articles);
  if (!index) {
    index = buildSearchIndex(articles);
    indexes.set(articles, index);
  }
  return index;
}

export async function searchPage(
  rawQuery: string | string[] | undefined,
  now: Date = new Date(),
): Promise<SearchPageModel> {
  const query = normalizeQuery(rawQuery);
  const store = contentStore();
  const hits = query
    ? searchArticles(indexOf(await store.allArticles()), query, {
        now,
        isVisible: (article) => store.isVisible(article, now),
      })
    : [];
  return {
    query,
    results: hits.map((hit) => ({ card: storyCard(hit.article), terms: hit.terms })),
    sections: sections.map((section) => ({
      slug: section.slug,
      name: section.name,
      href: pathTo("section", { section: section.slug }),
    })),
    timeZone: site.timeZone,
    searchAction: pathTo("search"),
  };
}
