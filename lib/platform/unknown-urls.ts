import { matchesRoute } from "../routes";

/**
 * Which request paths proxy.ts sends straight to the prerendered 404 page
 * (lib/platform/README.md, "Unknown URLs"): a page that calls notFound()
 * while rendering on request gets a 404 with an empty body in Next.js 16
 * (the "Page not found" text exists only in the script payload,
 * vercel/next.js#62228), so a reader or a crawler without JavaScript saw a
 * blank page. The 404 page a rewrite reaches is the prerendered one,
 * complete HTML. Paths with broken percent-encoding ("/articles/%E0%A4%A")
 * go there too: Next.js would answer 500 decoding them into route parameters.
 *
 * A last segment with a dot in it (feeds, sitemaps, icons, files in public/)
 * is left to Next.js, and so are the names of Next's generated metadata
 * images, which have no extension (/icon, /articles/x/opengraph-image).
 */
const METADATA_IMAGE = /^(?:icon|apple-icon|opengraph-image|twitter-image)(?:\d+)?$/;

/** Whether a request path (as it arrived, percent-encoded) names no page of the site. */
export function isUnknownUrl(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
  } catch {
    return true;
  }
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (lastSegment.includes(".") || METADATA_IMAGE.test(lastSegment)) return false;
  return !matchesRoute(pathname);
}

/** The cookie Next.js sets for draft mode (node_modules/next/dist/server/api-utils/index.js). */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";
