import "server-only";
import { settings } from "../config";
import { byAuthor, inSection, withTag } from "../listing/listing";
import { buildSearchIndex, searchArticles as searchIndex, type SearchHit, type SearchIndex } from "../search/index";
import { defaultContentPaths } from "./load";
import { createLiveContent, type LiveContent } from "./live-content";
import { isVisibleAt } from "./publication";
import { relatedArticles } from "./related";
import type { Article, Author } from "./schema";

const { isBuild, isDevelopment } = settings();

/**
 * The data layer's cache. During `next build` content is loaded once and any
 * error fails the build. A running server checks the content folder again
 * at most every few seconds, so new and edited files go live without a
 * rebuild, and a broken file never takes the site down.
 */
const options = {
  strict: isBuild,
  rescanAfterMs: isBuild ? Number.POSITIVE_INFINITY : isDevelopment ? 0 : 5_000,
};

/**
 * Next.js bundles pages and route handlers (feeds, sitemaps) separately, each
 * with its own copy of this module. One cache per process, kept on globalThis,
 * means every file is read and rendered once per process rather than once per
 * bundle (the benchmark counts reads per file to check this).
 */
const cacheKey = Symbol.for("dateline.content-cache");
const shared = globalThis as { [cacheKey]?: Map<string, LiveContent> };
const caches: Map<string, LiveContent> = (shared[cacheKey] ??= new Map<string, LiveContent>());
const paths = defaultContentPaths();
const content: LiveContent = caches.get(paths.articlesDir) ?? createLiveContent(paths, options);
caches.set(paths.articlesDir, content);

/** Whether readers can see an article now; drafts show only in development. */
export function isPublished(article: Article, now: Date = new Date()): boolean {
  return isVisibleAt(article, now, { includeDrafts: isDevelopment });
}

/** Published articles, newest first. */
export async function getArticles(now: Date = new Date()): Promise<Article[]> {
  const articles = await content.articles();
  return articles.filter((article) => isPublished(article, now));
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  const articles = await getArticles();
  return articles.find((article) => article.slug === slug);
}

/** Any article, drafts and scheduled ones included: for editors' previews only. */
export async function getArticleForPreview(slug: string): Promise<Article | undefined> {
  const articles = await content.articles();
  return articles.find((article) => article.slug === slug);
}

/** The published article that lists `slug` among its former slugs. */
export async function findArticleByAlias(slug: string): Promise<Article | undefined> {
  const articles = await getArticles();
  return articles.find((article) => article.aliases.includes(slug));
}

export async function getArticlesInSection(section: string): Promise<Article[]> {
  return inSection(await getArticles(), section);
}

export async function getArticlesWithTag(tag: string): Promise<Article[]> {
  return withTag(await getArticles(), tag);
}

export async function getArticlesByAuthor(authorId: string): Promise<Article[]> {
  return byAuthor(await getArticles(), authorId);
}

/** Every author, by id. */
export async function getAuthors(): Promise<Author[]> {
  return content.authors();
}

export async function getAuthor(id: string): Promise<Author | undefined> {
  return (await content.authors()).find((author) => author.id === id);
}

/** "More on this story" for a published article. */
export async function getRelatedArticles(article: Article, limit?: number): Promise<Article[]> {
  return relatedArticles(article, await getArticles(), limit);
}

/**
 * The search index of one content snapshot. The live content returns the same
 * array until a file changes, so the index is built once per change and
 * dropped with the snapshot.
 */
const searchIndexes = new WeakMap<readonly Article[], SearchIndex>();

function searchIndexFor(articles: readonly Article[]): SearchIndex {
  let index = searchIndexes.get(articles);
  if (!index) {
    index = buildSearchIndex(articles);
    searchIndexes.set(articles, index);
  }
  return index;
}

/** Published articles matching a reader's query, best first. */
export async function searchArticles(query: string, now: Date = new Date()): Promise<SearchHit[]> {
  const index = searchIndexFor(await content.articles());
  return searchIndex(index, query, { now, isVisible: (article) => isPublished(article, now) });
}
