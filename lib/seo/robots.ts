import type { MetadataRoute } from "next";
import type { SiteConfig } from "../site";
import { urlTo } from "../routes";

/** Everything may be crawled; both sitemaps are announced. */
export function robotsRules(site: SiteConfig): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/" }],
    sitemap: [urlTo(site.origin, "sitemapIndex"), urlTo(site.origin, "newsSitemap")],
  };
}
