import { getFeedInput } from "@/lib/seo/feed-input";
import { rssFeed } from "@/lib/seo/feeds";

/** Rendered once at build time, with the articles of that build. */
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  return new Response(rssFeed(await getFeedInput(new Date())), {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
  });
}
