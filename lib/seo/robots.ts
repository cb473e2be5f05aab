import type { MetadataRoute } from "next";
import { absoluteUrl, type SiteConfig } from "../site";
import { NEWS_SITEMAP_PATH } from "./news-sitemap";
import { SITEMAP_INDEX_PATH } from "./sitemaps";

/** Everything may be crawled; both sitemaps are announced. */
export function robotsRules(site: SiteConfig): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/" }],
    sitemap: [
      absoluteUrl(SITEMAP_INDEX_PATH, site.origin),
      absoluteUrl(NEWS_SITEMAP_PATH, site.origin),
    ],
  };
}
