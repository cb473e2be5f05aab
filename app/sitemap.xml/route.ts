import { getArticles } from "@/lib/content/queries";
import { sections } from "@/lib/sections";
import { sitemapEntries, sitemapIndexXml } from "@/lib/seo/sitemaps";
import { site } from "@/lib/site";

/** Regenerated in the background, like the pages it lists. */
export const revalidate = 30;

/** The sitemap index: every page sitemap of app/sitemap.ts, with its newest lastmod. */
export async function GET(): Promise<Response> {
  const entries = sitemapEntries(await getArticles(), sections, site, new Date());
  return new Response(sitemapIndexXml(entries, site), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
}
