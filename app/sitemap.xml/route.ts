import { sitemapIndexResponse } from "@/lib/pages/sitemaps";

/** Regenerated in the background, like the pages it lists. */
export const revalidate = 30;

/** The sitemap index: every page sitemap of app/sitemaps/sitemap.ts, with its newest lastmod. */
export function GET(): Promise<Response> {
  return sitemapIndexResponse();
}
