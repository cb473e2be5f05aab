import "server-only";
import type { Metadata } from "next";
import { settings } from "../config";
import { contentStore } from "../content/store";
import { createRateLimiter, type RateLimiter } from "../http/rate-limit";
import { clientIp } from "../platform/client-address";
import { pathTo } from "../routes";
import { searchCache } from "../search/instance";
import { SearchNotReady, type SearchHit } from "../search/search-cache";
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
  /** Set when this client has searched more than SEARCH_LIMIT allows: no search was run. */
  limited?: { retryAfterSeconds: number };
  /**
   * Set when no search was run: the index is still being filled after a large
   * change ("preparing"), or could not be read or written ("failed", logged).
   */
  unavailable?: "preparing" | "failed";
};

/** Searches one client may run: plenty for a reader, a ceiling for a script. */
export const SEARCH_LIMIT = { limit: 60, windowMs: 60_000 } as const;

export function searchPageMetadata(rawQuery: string | string[] | undefined): Metadata {
  return searchMetadata(normalizeQuery(rawQuery), site);
}

/** One per process (on globalThis: every bundle of the server shares it, like the store). */
const limiterKey = Symbol.for("dateline.searchLimiter");
const holder = globalThis as { [limiterKey]?: RateLimiter };

function searchLimiter(): RateLimiter {
  holder[limiterKey] ??= createRateLimiter(SEARCH_LIMIT);
  return holder[limiterKey];
}

/**
 * The search page for a query, asked with `requestHeaders` (the client's
 * address, as for signups: lib/platform/client-address.ts).
 */
export async function searchPage(
  rawQuery: string | string[] | undefined,
  requestHeaders: Headers,
  now: Date = new Date(),
): Promise<SearchPageModel> {
  const query = normalizeQuery(rawQuery);
  const store = contentStore();
  const decision = query
    ? searchLimiter().hit(clientIp(requestHeaders, settings().TRUSTED_PROXY), now.getTime())
    : ({ allowed: true } as const);
  let hits: SearchHit[] = [];
  let unavailable: SearchPageModel["unavailable"];
  if (query && decision.allowed) {
    const articles = await store.allArticles();
    try {
      hits = await searchCache().search(articles, query, now, (article, at) =>
        store.isVisible(article, at),
      );
    } catch (error) {
      if (error instanceof SearchNotReady) {
        unavailable = "preparing";
      } else {
        // The reader gets a page that says so; the operator gets the cause.
        console.error(`search: ${error instanceof Error ? error.message : String(error)}`);
        unavailable = "failed";
      }
    }
  }
  return {
    query,
    ...(decision.allowed ? {} : { limited: { retryAfterSeconds: decision.retryAfterSeconds } }),
    ...(unavailable ? { unavailable } : {}),
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
