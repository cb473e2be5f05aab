import MiniSearch from "minisearch";
import { bodyText } from "../article";
import type { Article } from "../content/schema";
import { normalizeQuery } from "./query";

type SearchDocument = {
  id: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
  publishedAt: string;
};

export type SearchIndex = {
  index: MiniSearch<SearchDocument>;
  articles: ReadonlyMap<string, Article>;
};

export type SearchHit = { article: Article; score: number; terms: string[] };

export type SearchOptions = {
  /** Recency is counted back from here. */
  now: Date;
  limit?: number;
};

/** A headline match counts this many times a body match. */
export const FIELD_BOOST = { title: 4, summary: 2, tags: 2, body: 1 } as const;
/** Days after which a story's recency bonus has halved. */
export const RECENCY_HALF_LIFE_DAYS = 30;
/** The most recency adds: a story published today scores this many times an old one. */
export const MAX_RECENCY_BOOST = 1.5;

/** A score factor from 1 (old) to MAX_RECENCY_BOOST (now): recent stories rank higher among equals. */
export function recencyFactor(publishedAt: string, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - Date.parse(publishedAt)) / 86_400_000);
  return (
    1 + (MAX_RECENCY_BOOST - 1) * (RECENCY_HALF_LIFE_DAYS / (RECENCY_HALF_LIFE_DAYS + ageDays))
  );
}

/**
 * A full-text index (MiniSearch) of headlines, summaries, bodies and tags.
 * Give it only what readers may see: a word of a hidden article must not be
 * able to change any result (lib/search/search-cache.ts builds it that way).
 */
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "summary", "body", "tags"],
    storeFields: ["publishedAt"],
  });
  index.addAll(
    articles.map((article) => ({
      id: article.slug,
      title: article.title,
      summary: article.summary,
      // A live page is found by its updates too: their headlines and text.
      body: [
        article.body.html(),
        ...article.updates.flatMap((update) => [update.headline ?? "", update.html]),
      ]
        .map(bodyText)
        .join(" ")
        .trim(),
      tags: article.tags.map((tag) => tag.replaceAll("-", " ")).join(" "),
      publishedAt: article.publishedAt,
    })),
  );
  return { index, articles: new Map(articles.map((article) => [article.slug, article])) };
}

/**
 * Articles matching every word of the query (or, when none match all, any
 * word), best first: headline matches weigh most, then recency. Prefixes of
 * three letters or more match ("elect" finds "elections"); longer words allow
 * a small typo.
 */
export function searchArticles(
  search: SearchIndex,
  rawQuery: string,
  options: SearchOptions,
): SearchHit[] {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const run = (combineWith: "AND" | "OR") =>
    search.index.search(query, {
      combineWith,
      boost: { ...FIELD_BOOST },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      boostDocument: (_id, _term, stored) =>
        typeof stored?.publishedAt === "string"
          ? recencyFactor(stored.publishedAt, options.now)
          : 1,
    });
  let results = run("AND");
  if (results.length === 0) results = run("OR");
  const hits: SearchHit[] = [];
  for (const result of results) {
    const article = search.articles.get(String(result.id));
    if (!article) continue;
    hits.push({ article, score: result.score, terms: result.terms });
  }
  return hits.slice(0, options.limit ?? 50);
}
