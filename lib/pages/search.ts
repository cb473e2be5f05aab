import "server-only";
import type { Metadata } from "next";
import { contentStore } from "../content/store";
import { pathTo } from "../routes";
import { createSearchCache, type SearchCache } from "../search/search-cache";
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

/** One per process (on globalThis: every bundle of the server shares it, like the store). */
const cacheKey = Symbol.for("dateline.searchCache");
function searchCache(): SearchCache {
  const holder = globalThis as { [cacheKey]?: SearchCache };
  holder[cacheKey] ??= createSearchCache();
  return holder[cacheKey];
}

export async function searchPage(
  rawQuery: string | string[] | undefined,
  now: Date = new Date(),
): Promise<SearchPageModel> {
  const query = normalizeQuery(rawQuery);
  const store = contentStore();
  const hits = query
    ? searchCache().search(await store.allArticles(), query, now, (article, at) =>
        store.isVisible(article, at),
      )
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
