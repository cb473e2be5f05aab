import type { Article } from "../content/schema";
import type { Section } from "../sections";
import type { SiteConfig } from "../site";
import { articleUrl, latest, modifiedAt, visibleAt } from "../article";
import { urlTo } from "../routes";
import { escapeXml } from "./xml";

/** The sitemaps protocol's limit of URLs in one file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

/** One page in a sitemap; `lastModified` is the content's own time (ISO 8601 with offset), never the build's. */
export type SitemapEntry = { url: string; lastModified?: string };

function entry(url: string, lastModified: string | undefined): SitemapEntry {
  return lastModified === undefined ? { url } : { url, lastModified };
}

/**
 * Every published page: the front page and each section (last changed when
 * their newest story did), then every article published at `now`, with its
 * update or publication time. Drafts and future articles are left out.
 */
export function sitemapEntries(
  articles: readonly Article[],
  sections: readonly Section[],
  site: SiteConfig,
  now: Date,
): SitemapEntry[] {
  const published = visibleAt(articles, now);
  const sectionEntries = sections.map((section) =>
    entry(
      urlTo(site.origin, "section", { section: section.slug }),
      latest(published.filter((article) => article.section === section.slug).map(modifiedAt)),
    ),
  );
  return [
    entry(urlTo(site.origin, "home"), latest(published.map(modifiedAt))),
    ...sectionEntries,
    ...published.map((article) => entry(articleUrl(site.origin, article), modifiedAt(article))),
  ];
}

/** Splits entries into sitemaps of at most `size` URLs; always at least one (possibly empty) sitemap. */
export function chunkSitemap<T>(entries: readonly T[], size: number = MAX_URLS_PER_SITEMAP): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`sitemap size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < entries.length; start += size) {
    chunks.push(entries.slice(start, start + size));
  }
  return chunks.length > 0 ? chunks : [[]];
}

/** The ids `generateSitemaps` returns for so many entries: 0, 1, 2, ... */
export function sitemapIds(
  entryCount: number,
  size: number = MAX_URLS_PER_SITEMAP,
): { id: number }[] {
  const count = Math.max(1, Math.ceil(entryCount / size));
  return Array.from({ length: count }, (_, id) => ({ id }));
}

/** The entries of sitemap `id` (the id as Next.js passes it, a string), or undefined for no such sitemap. */
export function sitemapChunk<T>(
  entries: readonly T[],
  id: string,
  size: number = MAX_URLS_PER_SITEMAP,
): T[] | undefined {
  if (!/^(0|[1-9]\d*)$/.test(id)) return undefined;
  return chunkSitemap(entries, size)[Number(id)];
}

/** The sitemap index at /sitemap.xml: one line per child sitemap, with the newest lastmod inside it. */
export function sitemapIndexXml(
  entries: readonly SitemapEntry[],
  site: SiteConfig,
  size: number = MAX_URLS_PER_SITEMAP,
): string {
  const children = chunkSitemap(entries, size).map((chunk, id) => {
    const lastModified = latest(chunk.flatMap((item) => item.lastModified ?? []));
    return [
      "  <sitemap>",
      `    <loc>${escapeXml(urlTo(site.origin, "sitemap", { id }))}</loc>`,
      ...(lastModified ? [`    <lastmod>${escapeXml(lastModified)}</lastmod>`] : []),
      "  </sitemap>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...children,
    "</sitemapindex>",
    "",
  ].join("\n");
}
