import "server-only";
import { defaultContentPaths } from "./load";
import { createLiveContent } from "./live-content";
import { isVisibleAt } from "./publication";
import type { Article } from "./schema";

const isBuild = process.env.NEXT_PHASE === "phase-production-build";
const isDevelopment = process.env.NODE_ENV === "development";

/**
 * The data layer's cache. During `next build` content is loaded once and any
 * error fails the build. A running server checks the content folder again
 * at most every few seconds, so new and edited files go live without a
 * rebuild, and a broken file never takes the site down.
 */
const content = createLiveContent(defaultContentPaths(), {
  strict: isBuild,
  rescanAfterMs: isBuild ? Number.POSITIVE_INFINITY : isDevelopment ? 0 : 5_000,
});

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
  const articles = await getArticles();
  return articles.filter((article) => article.section === section);
}
