import type { MetadataRoute } from "next";
import { sitemapPage, sitemapParams } from "@/lib/pages/sitemaps";

/**
 * The page sitemaps, /sitemaps/sitemap/0.xml, /sitemaps/sitemap/1.xml, ...
 * (at most 50,000 URLs each), listed by the sitemap index at /sitemap.xml
 * (app/sitemap.xml/route.ts). They live in a segment of their own because
 * Next.js reserves /sitemap.xml for app/sitemap.ts even when it only serves
 * numbered sitemaps (vercel/next.js#87314). Regenerated in the background,
 * like the pages they list; the number of sitemaps is fixed at build.
 */
export const revalidate = 30;

/** Any other id is a 404, not a render attempt. */
export const dynamicParams = false;

export function generateSitemaps() {
  return sitemapParams();
}

export default async function sitemap(props: {
  id: Promise<string>;
}): Promise<MetadataRoute.Sitemap> {
  return sitemapPage(await props.id);
}
