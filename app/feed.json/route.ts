import { getFeedInput } from "@/lib/seo/feed-input";
import { jsonFeed } from "@/lib/seo/feeds";

/** Regenerated in the background like the pages, so new articles reach feed readers without a rebuild. */
export const revalidate = 30;

export async function GET(): Promise<Response> {
  return new Response(jsonFeed(await getFeedInput(new Date())), {
    headers: { "content-type": "application/feed+json; charset=utf-8" },
  });
}
