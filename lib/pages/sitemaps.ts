import "server-only";
import type { MetadataRoute } from "next";
import { contentStore } from "../content/store";
import { sections } from "../sections";
import { newsSitemapArticles, newsSitemapXml } from "../seo/news-sitemap";
import { robotsRules } from "../seo/robots";
import { sitemapChunk, sitemapEntries, sitemapIds, sitemapIndexXml } from "../seo/sitemaps";
import { site } from "../site";

/** What crawlers read besides the pages: the sitemap index, the page sitemaps, the news sitemap, robots.txt. */

const XML = { "content-type": "application/xml; charset=utf-8" };

async function entries(now: Date) {
  return sitemapEntries(await contentStore().visibleArticles(now), sections, site, now);
}

/** The sitemap index: every page sitemap, with its newest lastmod. */
export async function sitemapIndexResponse(now: Date = new Date()): Promise<Response> {
  return new Response(sitemapIndexXml(await entries(now), site), { headers: XML });
}

/** The ids of the page sitemaps (fixed at build: `generateSitemaps`). */
export async function sitemapParams(now: Date = new Date()): Promise<{ id: number }[]> {
  return sitemapIds((await entries(now)).length);
}

/** The entries of page sitemap `id` (empty for an id past the end). */
export async function sitemapPage(
  id: string,
  now: Date = new Date(),
): Promise<MetadataRoute.Sitemap> {
  return sitemapChunk(await entries(now), id) ?? [];
}

/** The Google News sitemap: the articles of the last 48 hours. */
export async function newsSitemapResponse(now: Date = new Date()): Promise<Response> {
  const articles = newsSitemapArticles(await contentStore().visibleArticles(now), now);
  return new Response(newsSitemapXml(articles, site), { headers: XML });
}

export function robots(): MetadataRoute.Robots {
  return robotsRules(site);
}
