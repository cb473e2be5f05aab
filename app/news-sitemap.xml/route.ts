import { getArticles } from "@/lib/content/queries";
import { newsSitemapArticles, newsSitemapXml } from "@/lib/seo/news-sitemap";
import { site } from "@/lib/site";

/**
 * Regenerated in the background like the pages, so the 48-hour window moves
 * and new articles are listed without a rebuild.
 */
export const revalidate = 30;

export async function GET(): Promise<Response> {
  const articles = newsSitemapArticles(await getArticles(), new Date());
  return new Response(newsSitemapXml(articles, site), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
}
