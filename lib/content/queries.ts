import "server-only";
import type { Article } from "./schema";
import { defaultContentPaths, loadArticles } from "./load";

/**
 * The data layer's cache: content is loaded, validated and rendered once per
 * server process (and so once per build), however many pages ask for it. In
 * development it is reloaded on every request so edits show at once.
 */
let cached: Promise<Article[]> | undefined;

function allArticles(): Promise<Article[]> {
  if (process.env.NODE_ENV === "development") return loadArticles(defaultContentPaths());
  cached ??= loadArticles(defaultContentPaths()).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Drafts are visible only in development; nothing shows before its publication time. */
export function isPublished(article: Article, now: Date = new Date()): boolean {
  if (article.draft && process.env.NODE_ENV !== "development") return false;
  return Date.parse(article.publishedAt) <= now.getTime();
}

/** Published articles, newest first. */
export async function getArticles(): Promise<Article[]> {
  const articles = await allArticles();
  const now = new Date();
  return articles.filter((article) => isPublished(article, now));
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  const articles = await getArticles();
  return articles.find((article) => article.slug === slug);
}

export async function getArticlesInSection(section: string): Promise<Article[]> {
  const articles = await getArticles();
  return articles.filter((article) => article.section === section);
}
