import { newsSitemapResponse } from "@/lib/pages/sitemaps";

/**
 * Regenerated in the background like the pages, so the 48-hour window moves
 * and new articles are listed without a rebuild.
 */
export const revalidate = 30;

export function GET(): Promise<Response> {
  return newsSitemapResponse();
}
