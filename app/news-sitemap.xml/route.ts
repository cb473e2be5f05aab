import { getArticles } from "@/lib/content/queries";
import { newsSitemapArticles, newsSitemapXml } from "@/lib/seo/news-sitemap";
import { site } from "@/lib/site";

/**
 * Rendered once at build time, like the article pages: a publication ships
 * with a build, so the 48-hour window is counted from it and the sitemap
 * never lists a page the build does not have.
 */
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  const articles = newsSitemapArticles(await getArticles(), new Date());
  return new Response(newsSitemapXml(articles, site), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
}
