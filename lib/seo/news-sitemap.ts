import type { Article } from "../content/schema";
import type { SiteConfig } from "../site";
import { articleUrl, modifiedAt, visibleAt } from "../article";
import { escapeXml } from "./xml";

/** Google News sitemaps list the articles of the last two days... */
export const NEWS_WINDOW_HOURS = 48;
/** ...and at most 1,000 of them. */
export const MAX_NEWS_URLS = 1000;

/**
 * Articles published in the `windowHours` before `now` (never after it),
 * newest first. A live page counts by its latest update as well: coverage
 * that started days ago and is still being written is news today. An edit
 * or a correction does not make an old article news.
 */
export function newsSitemapArticles(
  articles: readonly Article[],
  now: Date,
  windowHours: number = NEWS_WINDOW_HOURS,
): Article[] {
  const since = now.getTime() - windowHours * 3_600_000;
  const newsAt = (article: Article) =>
    Math.max(
      Date.parse(article.publishedAt),
      ...article.updates.map((update) => Date.parse(update.at)).filter((at) => at <= now.getTime()),
    );
  return visibleAt(articles, now)
    .filter((article) => newsAt(article) >= since)
    .slice(0, MAX_NEWS_URLS);
}

/** A Google News sitemap (sitemap-news/0.9) of the given articles. */
export function newsSitemapXml(articles: readonly Article[], site: SiteConfig): string {
  const urls = articles.map((article) =>
    [
      "  <url>",
      `    <loc>${escapeXml(articleUrl(site.origin, article))}</loc>`,
      `    <lastmod>${escapeXml(modifiedAt(article))}</lastmod>`,
      "    <news:news>",
      "      <news:publication>",
      `        <news:name>${escapeXml(site.publisher.name)}</news:name>`,
      `        <news:language>${escapeXml(site.language)}</news:language>`,
      "      </news:publication>",
      `      <news:publication_date>${escapeXml(article.publishedAt)}</news:publication_date>`,
      `      <news:title>${escapeXml(article.title)}</news:title>`,
      "    </news:news>",
      "  </url>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
